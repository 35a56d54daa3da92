package org.heritagesentinel.demo;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Lane;

/** The counters behind the demo's live status line. */
public final class LiveCounts {
    private final LongAdder declarations = new LongAdder();
    private final Map<AlertStatus, LongAdder> alerts = new EnumMap<>(AlertStatus.class);
    private final Map<Lane, LongAdder> newAlertLanes = new EnumMap<>(Lane.class);
    private final LongAdder suppressed = new LongAdder();
    private final LongAdder deadLetters = new LongAdder();

    public LiveCounts() {
        for (AlertStatus status : AlertStatus.values()) {
            alerts.put(status, new LongAdder());
        }
        for (Lane lane : Lane.values()) {
            newAlertLanes.put(lane, new LongAdder());
        }
    }

    public void declared() {
        declarations.increment();
    }

    /** Lanes are counted on NEW alerts: one per subject, as a risk centre counts its referrals. */
    public void alerted(AlertStatus status, Lane lane) {
        alerts.get(status).increment();
        if (status == AlertStatus.NEW) {
            newAlertLanes.get(lane).increment();
        }
    }

    public void suppressed() {
        suppressed.increment();
    }

    public void deadLettered() {
        deadLetters.increment();
    }

    public String line(String state, int watchlistEntries) {
        long fresh = alerts.get(AlertStatus.NEW).sum();
        return String.format(Locale.ROOT, "[live] declarations %,d | alerts NEW %d (lanes: GREEN %s, YELLOW %s, RED %s),"
                + " UPDATED %d, RETRACTED %d, ESCALATED %d | suppressed %d | dead letters %d | watchlist %d entries | %s",
            declarations.sum(), fresh, share(Lane.GREEN, fresh), share(Lane.YELLOW, fresh), share(Lane.RED, fresh), alerts.get(AlertStatus.UPDATED).sum(),
            alerts.get(AlertStatus.RETRACTED).sum(), alerts.get(AlertStatus.ESCALATED).sum(), suppressed.sum(), deadLetters.sum(),
            watchlistEntries, state);
    }

    private String share(Lane lane, long of) {
        long count = newAlertLanes.get(lane).sum();
        return of == 0 ? "0" : String.format(Locale.ROOT, "%d %.0f%%", count, 100.0 * count / of);
    }
}
