package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.apache.kafka.streams.test.TestRecord;
import org.heritagesentinel.avro.ChangeAction;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Governance: every change of the watchlist — accepted or delisted — lands on the audit trail; refusals do not. */
class WatchlistAuditSpec {
    private final TopologyHarness harness = new TopologyHarness();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldWriteEveryChangeToTheAuditTrail() {
        WatchlistEntry entry = listedParty("PTY-1", "Karim Haddad", null);
        entry.setAuthor("analyst.jo.17");
        entry.setApprover("head.rac.jo");
        entry.setLegalBasis("Customs Law 20/1998 art. 41");
        harness.list(entry);
        RecordHeaders who = new RecordHeaders();
        who.add("sentinel-author", "analyst.jo.18".getBytes(StandardCharsets.UTF_8));
        harness.submissions.pipeInput(new TestRecord<>("PTY-1", null, who));
        harness.submissions.pipeInput("PTY-2", WatchlistEntries.base("PTY-2", EntryKind.PARTY).build());

        List<WatchlistChange> trail = harness.audit.readValuesToList();
        assertThat(trail).extracting(WatchlistChange::getAction)
            .containsExactly(ChangeAction.ACCEPTED, ChangeAction.DELISTED);
        assertThat(trail.get(0).getAuthor()).isEqualTo("analyst.jo.17");
        assertThat(trail.get(0).getApprover()).isEqualTo("head.rac.jo");
        assertThat(trail.get(0).getLegalBasis()).isEqualTo("Customs Law 20/1998 art. 41");
        assertThat(trail.get(0).getEntry()).isEqualTo(entry);
        assertThat(trail.get(1).getAuthor()).isEqualTo("analyst.jo.18");
        assertThat(harness.deadLetters.readRecordsToList()).hasSize(1);
    }

    @Test
    void aRejectedDraftIsRemovedAndAuditedWithItsReasonAndSupervisor() {
        WatchlistEntry draft = listedParty("PTY-3", "Samir Khoury", null);
        draft.setStatus(EntryStatus.DRAFT);
        draft.setAuthor("analyst.jo.17");
        harness.list(draft);
        RecordHeaders rejection = new RecordHeaders();
        rejection.add("sentinel-author", "head.rac.jo".getBytes(StandardCharsets.UTF_8));
        rejection.add("sentinel-rejection-reason", "no court decision cited".getBytes(StandardCharsets.UTF_8));
        harness.submissions.pipeInput(new TestRecord<>("PTY-3", null, rejection));

        List<WatchlistChange> trail = harness.audit.readValuesToList();
        assertThat(trail).extracting(WatchlistChange::getAction).containsExactly(ChangeAction.ACCEPTED, ChangeAction.REJECTED);
        assertThat(trail.get(1).getApprover()).isEqualTo("head.rac.jo");
        assertThat(trail.get(1).getReason()).isEqualTo("no court decision cited");
    }

    @Test
    void anApprovalForgedByTheAuthorIsDeadLetteredAndNeverAudited() {
        WatchlistEntry forged = listedParty("PTY-4", "Samir Khoury", null);
        forged.setAuthor("head.rac.jo");
        forged.setApprover("head.rac.jo");
        harness.list(forged);

        assertThat(harness.audit.readValuesToList()).isEmpty();
        assertThat(harness.deadLetters.readRecordsToList()).singleElement().satisfies(dead -> assertThat(
            new String(dead.headers().lastHeader(ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME).value(), StandardCharsets.UTF_8))
            .contains("the author of an entry cannot approve it"));
    }
}
