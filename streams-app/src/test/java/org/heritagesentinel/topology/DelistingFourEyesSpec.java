package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.apache.kafka.streams.test.TestRecord;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.ChangeAction;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, delisting through four eyes, through the whole topology: an entry whose delisting a supervisor requested
 * keeps raising hits; a second supervisor's approval delists it, the requester's own is dead-lettered; a refusal makes it
 * ACTIVE again. Neither the request nor its refusal re-screens (nothing new to find). Every step is on the audit trail.
 */
class DelistingFourEyesSpec {
    private static final Instant TEN_DAYS_AGO = Instant.parse("2026-11-10T08:00:00Z");
    private static final String REASON = "court order 2026/88 lifted the listing";

    private final TopologyHarness harness = new TopologyHarness();
    private WatchlistEntry listed;

    @BeforeEach
    void listAnActiveEntryThatHitAnEarlierDeclaration() {
        harness.declare(declaration("D-0").acceptedAt(TEN_DAYS_AGO).exporter("Karim Haddad").build());
        listed = listedParty("PTY-7", "Karim Haddad", null);
        listed.setAuthor("analyst.jo.17");
        listed.setApprover("head.rac.jo");
        harness.list(listed);
        assertThat(harness.alerts.readValuesToList()).singleElement().satisfies(a -> assertThat(a.getRetro()).isTrue());
        harness.audit.readValuesToList();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aRequestedDelistingKeepsRaisingHitsUntilASecondSupervisorApprovesIt() {
        harness.list(requested());
        assertThat(harness.alerts.isEmpty()).as("the request re-screens nothing").isTrue();
        assertThat(harness.audit.readValuesToList()).singleElement().satisfies(change -> {
            assertThat(change.getAction()).isEqualTo(ChangeAction.DELISTING_REQUESTED);
            assertThat(change.getStatus()).isEqualTo(EntryStatus.DELISTING_REQUESTED);
            assertThat(change.getAuthor()).isEqualTo("supervisor.jo");
            assertThat(change.getReason()).isEqualTo(REASON);
        });

        harness.declare(declaration("D-1").exporter("Karim Haddad").build());
        assertThat(harness.alerts.readValuesToList()).singleElement()
            .satisfies(alert -> assertThat(alert.getHits()).extracting(Hit::getEntryId, Hit::getEntryRevision)
                .containsExactly(tuple("PTY-7", 2L)));

        approve("Supervisor.JO ");
        assertThat(harness.audit.isEmpty()).isTrue();
        assertThat(harness.deadLetters.readRecordsToList()).singleElement().satisfies(dead -> assertThat(new String(
            dead.headers().lastHeader(ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME).value(), StandardCharsets.UTF_8))
            .contains("the supervisor who requested a delisting cannot approve it"));
        harness.declare(declaration("D-2").exporter("Karim Haddad").build());
        assertThat(harness.alerts.readValuesToList()).as("still listed after the forged approval").hasSize(1);

        approve("second.supervisor.jo");
        assertThat(harness.audit.readValuesToList()).singleElement().satisfies(change -> {
            assertThat(change.getAction()).isEqualTo(ChangeAction.DELISTED);
            assertThat(change.getAuthor()).isEqualTo("supervisor.jo");
            assertThat(change.getApprover()).isEqualTo("second.supervisor.jo");
            assertThat(change.getReason()).isEqualTo(REASON);
            assertThat(change.getListingAuthority()).as("for each authority's audit export").isEqualTo("JO");
            assertThat(change.getRevision()).isEqualTo(2L);
        });
        harness.declare(declaration("D-3").exporter("Karim Haddad").build());
        assertThat(harness.alerts.readValuesToList()).as("no hit once delisted").isEmpty();
    }

    @Test
    void aRefusedRequestMakesTheEntryActiveAgainWithoutReScreeningAndIsAuditedWithItsReason() {
        harness.list(requested());
        harness.audit.readValuesToList();
        WatchlistEntry restored = WatchlistEntry.newBuilder(listed).setRevision(3).build();
        RecordHeaders refusal = new RecordHeaders();
        refusal.add(WatchlistAuditProcessor.AUTHOR_HEADER, "second.supervisor.jo".getBytes(StandardCharsets.UTF_8));
        refusal.add(WatchlistAuditProcessor.REJECTION_HEADER, "the court order is under appeal".getBytes(StandardCharsets.UTF_8));
        harness.submissions.pipeInput(new TestRecord<>("PTY-7", restored, refusal));
        harness.pumpAcceptedEntries();
        harness.screenPendingRetroChanges();

        assertThat(harness.alerts.isEmpty()).as("nothing new to find").isTrue();
        List<WatchlistChange> trail = harness.audit.readValuesToList();
        assertThat(trail).singleElement().satisfies(change -> {
            assertThat(change.getAction()).isEqualTo(ChangeAction.REJECTED);
            assertThat(change.getStatus()).isEqualTo(EntryStatus.ACTIVE);
            assertThat(change.getRevision()).isEqualTo(3L);
            assertThat(change.getApprover()).isEqualTo("second.supervisor.jo");
            assertThat(change.getReason()).isEqualTo("the court order is under appeal");
        });
        harness.declare(declaration("D-1").exporter("Karim Haddad").build());
        List<Alert> live = harness.alerts.readValuesToList();
        assertThat(live).singleElement().satisfies(alert -> assertThat(alert.getHits()).extracting(Hit::getEntryRevision)
            .containsExactly(3L));
    }

    private WatchlistEntry requested() {
        return WatchlistEntry.newBuilder(listed).setRevision(2).setStatus(EntryStatus.DELISTING_REQUESTED)
            .setDelistingRequester("supervisor.jo").setDelistingReason(REASON).build();
    }

    /** The tombstone the console publishes when a supervisor approves the delisting {@code supervisor.jo} requested. */
    private void approve(String approver) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(WatchlistAuditProcessor.AUTHOR_HEADER, "supervisor.jo".getBytes(StandardCharsets.UTF_8));
        headers.add(WatchlistAuditProcessor.APPROVER_HEADER, approver.getBytes(StandardCharsets.UTF_8));
        headers.add(WatchlistAuditProcessor.DELISTING_REASON_HEADER, REASON.getBytes(StandardCharsets.UTF_8));
        harness.submissions.pipeInput(new TestRecord<>("PTY-7", null, headers));
        harness.pumpAcceptedEntries();
    }
}
