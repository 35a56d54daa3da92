package org.heritagesentinel.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/** Issue 15: an entry approved by its own author is refused wherever it is submitted from. */
class EntryFourEyesSpec {
    private final EntryValidator validator = new EntryValidator(ConfigLoader.defaultsOnly().limits().entry());

    @Test
    void anActiveEntryApprovedByItsAuthorIsRefusedWhateverTheCaseOrSpaces() {
        WatchlistEntry entry = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null);
        entry.setAuthor("head.rac.jo");
        entry.setApprover(" Head.RAC.jo ");

        assertThat(validator.problems("PTY-1", entry)).containsExactly(
            "approver: the author of an entry cannot approve it (four eyes), author and approver are both ' Head.RAC.jo '");
    }

    @Test
    void aSecondPersonsApprovalAndADraftAwaitingOneAreAccepted() {
        WatchlistEntry approved = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null);
        approved.setAuthor("analyst.jo.17");
        approved.setApprover("head.rac.jo");
        WatchlistEntry draft = WatchlistEntries.listedParty("PTY-2", "Karim Haddad", null);
        draft.setStatus(EntryStatus.DRAFT);
        draft.setAuthor("analyst.jo.17");

        assertThat(validator.problems("PTY-1", approved)).isEmpty();
        assertThat(validator.problems("PTY-2", draft)).isEmpty();
    }
}
