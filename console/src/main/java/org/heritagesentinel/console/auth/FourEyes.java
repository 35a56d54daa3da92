package org.heritagesentinel.console.auth;

import java.util.Optional;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * Who may decide a pending change of the watchlist: a supervisor of the listing authority who did not ask for it (the
 * author of a draft listing, the requester of a delisting). Checked on the server for every request, whatever the page
 * showed.
 */
public final class FourEyes {
    private FourEyes() {
    }

    /** Why {@code approver} may not approve or reject {@code pending} (a draft, or a requested delisting); empty when they may. */
    public static Optional<String> refusal(Account approver, WatchlistEntry pending) {
        if (!approver.has(Role.SUPERVISOR)) {
            return Optional.of("only a supervisor approves a listing or a delisting");
        }
        if (pending.getStatus() != EntryStatus.DRAFT && pending.getStatus() != EntryStatus.DELISTING_REQUESTED) {
            return Optional.of("entry " + pending.getEntryId() + " is not a draft, nor is its delisting requested");
        }
        if (!approver.authority().equals(pending.getListingAuthority())) {
            return Optional.of("entry " + pending.getEntryId() + " is listed by another authority");
        }
        if (pending.getStatus() == EntryStatus.DELISTING_REQUESTED
            && sameUser(approver.username(), pending.getDelistingRequester())) {
            return Optional.of("the supervisor who requested a delisting cannot approve it: a second supervisor must");
        }
        if (pending.getStatus() == EntryStatus.DRAFT && approver.username().equals(String.valueOf(pending.getAuthor()))) {
            return Optional.of("the author of a draft cannot approve it: a second supervisor must");
        }
        return Optional.empty();
    }

    /** Why {@code supervisor} may not ask that {@code entry} be delisted; empty when they may. */
    public static Optional<String> delistingRefusal(Account supervisor, WatchlistEntry entry) {
        if (!supervisor.has(Role.SUPERVISOR)) {
            return Optional.of("only a supervisor requests a delisting");
        }
        if (entry.getStatus() != EntryStatus.ACTIVE) {
            return Optional.of("entry " + entry.getEntryId() + " is not active");
        }
        if (!supervisor.authority().equals(entry.getListingAuthority())) {
            return Optional.of("entry " + entry.getEntryId() + " is listed by another authority");
        }
        return Optional.empty();
    }

    /** As the application compares them: trimmed, in any case. */
    private static boolean sameUser(String user, String other) {
        return other != null && user.trim().equalsIgnoreCase(other.trim());
    }
}
