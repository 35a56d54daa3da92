package org.heritagesentinel.console.web;

import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.console.listing.DraftForm;

/**
 * The review of one watchlist entry.
 *
 * @param reviewable     the user may approve or reject it (a draft of their authority they did not write)
 * @param editable       it is a draft of the user's authority
 * @param reason         the rejection reason as typed
 * @param refusal        why the user may not review it, or empty
 * @param reasonMissing  a rejection was sent without a reason
 */
public record ReviewPage(WatchlistEntry entry, DraftForm form, boolean reviewable, boolean editable, String reason,
                         String refusal, boolean reasonMissing) {
}
