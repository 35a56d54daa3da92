package org.heritagesentinel.console.auth;

import java.util.Optional;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * Who may approve a draft listing: a supervisor of the listing authority who is not its author. Checked on
 * the server for every approval request, whatever the page showed.
 */
public final class FourEyes {
    private FourEyes() {
    }

    /** Why {@code approver} may not approve {@code draft}; empty when they may. */
    public static Optional<String> refusal(Account approver, WatchlistEntry draft) {
        if (!approver.has(Role.SUPERVISOR)) {
            return Optional.of("only a supervisor approves a listing");
        }
        if (draft.getStatus() != EntryStatus.DRAFT) {
            return Optional.of("entry " + draft.getEntryId() + " is not a draft");
        }
        if (!approver.authority().equals(draft.getListingAuthority())) {
            return Optional.of("entry " + draft.getEntryId() + " is listed by another authority");
        }
        if (approver.username().equals(String.valueOf(draft.getAuthor()))) {
            return Optional.of("the author of a draft cannot approve it: a second supervisor must");
        }
        return Optional.empty();
    }
}
