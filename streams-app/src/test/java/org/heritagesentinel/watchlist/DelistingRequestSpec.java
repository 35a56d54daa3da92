package org.heritagesentinel.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, delisting through four eyes: a requested delisting keeps the entry in force, names who asked and why, and is
 * approved by someone else, checked where every submission passes.
 */
class DelistingRequestSpec {
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private final EntryValidator validator = new EntryValidator(ConfigLoader.defaultsOnly().limits().entry());

    @Test
    void anEntryWhoseDelistingIsRequestedKeepsMatchingADraftDoesNot() {
        WatchlistEntry requested = request("supervisor.jo", "court order 2026/88 lifted the listing");
        WatchlistEntry draft = WatchlistEntries.listedParty("PTY-2", "Karim Haddad", null);
        draft.setStatus(EntryStatus.DRAFT);

        assertThat(EntryValidity.isLive(requested, NOW)).isTrue();
        assertThat(EntryValidity.isLive(draft, NOW)).isFalse();
        assertThat(EntryValidity.isInForce(EntryStatus.DELISTING_REQUESTED)).isTrue();
        assertThat(EntryValidity.isInForce(EntryStatus.UNKNOWN)).isFalse();
    }

    @Test
    void aRequestNamingItsSupervisorAndReasonIsAccepted() {
        assertThat(validator.problems("PTY-1", request("supervisor.jo", "court order 2026/88"))).isEmpty();
    }

    @Test
    void aRequestWithoutRequesterOrReasonIsRefusedForBoth() {
        assertThat(validator.problems("PTY-1", request(" ", null))).containsExactly(
            "delistingRequester: a delisting request names the supervisor who asks for it",
            "delistingReason: a delisting request needs a reason");
    }

    @Test
    void anActiveEntryCannotCarryARequestItsStatusDoesNotSay() {
        WatchlistEntry active = request("supervisor.jo", "court order 2026/88");
        active.setStatus(EntryStatus.ACTIVE);

        assertThat(validator.problems("PTY-1", active)).containsExactly(
            "delistingRequester and delistingReason belong to an entry whose status is DELISTING_REQUESTED, not ACTIVE");
    }

    @Test
    void theListingsOwnFourEyesStillHoldWhileItsDelistingIsRequested() {
        WatchlistEntry requested = request("supervisor.jo", "court order 2026/88");
        requested.setApprover("Analyst.JO.17");

        assertThat(validator.problems("PTY-1", requested)).singleElement().asString()
            .contains("the author of an entry cannot approve it");
    }

    @Test
    void theRequesterCannotApproveTheDelistingWhateverTheCaseOrSpaces() {
        assertThat(validator.delistingProblems("supervisor.jo", " Supervisor.JO ", "court order 2026/88")).containsExactly(
            "approver: the supervisor who requested a delisting cannot approve it (four eyes), requester and approver are "
                + "both ' Supervisor.JO '");
    }

    @Test
    void anApprovedDelistingNamesItsRequesterApproverAndReason() {
        assertThat(validator.delistingProblems("supervisor.jo", "second.supervisor.jo", "court order 2026/88")).isEmpty();
        assertThat(validator.delistingProblems(null, "second.supervisor.jo", "")).containsExactly(
            "a delisting approved through four eyes names the supervisor who requested it",
            "a delisting approved through four eyes needs the reason it was requested for");
        assertThat(validator.delistingProblems("supervisor.jo", "", "court order"))
            .containsExactly("a delisting approved through four eyes names its approver");
    }

    private static WatchlistEntry request(String requester, String reason) {
        WatchlistEntry entry = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null);
        entry.setAuthor("analyst.jo.17");
        entry.setApprover("head.rac.jo");
        entry.setStatus(EntryStatus.DELISTING_REQUESTED);
        entry.setRevision(2);
        entry.setDelistingRequester(requester);
        entry.setDelistingReason(reason);
        return entry;
    }
}
