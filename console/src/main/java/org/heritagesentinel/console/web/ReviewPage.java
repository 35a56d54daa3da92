package org.heritagesentinel.console.web;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.console.listing.DraftForm;

/**
 * The review of one watchlist entry.
 *
 * @param reviewable     the user may approve or reject it
 *                       (a draft of their authority they did not write, or a delisting they did not request)
 * @param editable       it is a draft of the user's authority
 * @param delistable     the user may request its delisting (an active entry of their authority; they are a supervisor)
 * @param reason         the reason of the rejection or of the delisting request as typed
 * @param refusal        why the user may not review it, or empty
 * @param reasonMissing  a rejection or a delisting request was sent without a reason
 */
public record ReviewPage(WatchlistEntry entry, DraftForm form, boolean reviewable, boolean editable, boolean delistable,
                         String reason, String refusal, boolean reasonMissing) {
    public boolean delistingRequested() {
        return entry.getStatus() == EntryStatus.DELISTING_REQUESTED;
    }
}
