package org.heritagesentinel.watchlist;

import org.heritagesentinel.avro.WatchlistEntry;

/**
 * A watchlist submission after validation: an accepted entry (or delisting), or the original bytes
 * with the reason they were refused.
 */
public record SubmissionOutcome(WatchlistEntry entry, byte[] rawKey, byte[] rawValue, String error) {

    public static SubmissionOutcome accepted(WatchlistEntry entry) {
        return new SubmissionOutcome(entry, null, null, null);
    }

    public static SubmissionOutcome refused(byte[] rawKey, byte[] rawValue, String error) {
        return new SubmissionOutcome(null, rawKey, rawValue, error);
    }

    public boolean isAccepted() {
        return error == null;
    }
}
