package org.heritagesentinel.watchlist;

import java.time.Instant;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * Whether an entry may produce hits for a subject at its event time: in force (ACTIVE, or ACTIVE with a delisting
 * requested and not yet approved) and within validity.
 */
public final class EntryValidity {
    private EntryValidity() {
    }

    public static boolean isLive(WatchlistEntry entry, Instant at) {
        return isInForce(entry.getStatus()) && isWithinValidity(entry, at);
    }

    /**
     * A requested delisting changes nothing until a second supervisor approves it: the entry keeps matching, so asking
     * for a delisting cannot switch an entry off by one pair of eyes.
     */
    public static boolean isInForce(EntryStatus status) {
        return status == EntryStatus.ACTIVE || status == EntryStatus.DELISTING_REQUESTED;
    }

    public static boolean isWithinValidity(WatchlistEntry entry, Instant at) {
        Instant from = entry.getValidFrom();
        Instant to = entry.getValidTo();
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }
}
