package org.heritagesentinel.watchlist;

import java.time.Instant;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;

/** Whether an entry may produce hits for a subject at its event time: ACTIVE and within validity. */
public final class EntryValidity {
    private EntryValidity() {
    }

    public static boolean isLive(WatchlistEntry entry, Instant at) {
        return entry.getStatus() == EntryStatus.ACTIVE && isWithinValidity(entry, at);
    }

    public static boolean isWithinValidity(WatchlistEntry entry, Instant at) {
        Instant from = entry.getValidFrom();
        Instant to = entry.getValidTo();
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }
}
