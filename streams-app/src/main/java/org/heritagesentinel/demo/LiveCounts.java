package org.heritagesentinel.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Lane;

/** The counters behind the demo's live status line. */
public final class LiveCounts {
    private final LongAdder declarations = new LongAdder();
    private final Map<AlertStatus, LongAdder> alerts = new EnumMap<>(AlertStatus.class);
    private final LongAdder red = new LongAdder();
    private final AtomicLong deadLetters = new AtomicLong();

    public LiveCounts() {
        for (AlertStatus status : AlertStatus.values()) {
            alerts.put(status, new LongAdder());
        }
    }

    public void declared() {
        declarations.increment();
    }

    public void alerted(AlertStatus status, Lane lane) {
        alerts.get(status).increment();
        if (lane == Lane.RED && status == AlertStatus.NEW) {
            red.increment();
        }
    }

    public void deadLettered() {
        deadLetters.incrementAndGet();
    }

    public String line(String state, int watchlistEntries) {
        return String.format("[live] declarations %,d | alerts NEW %d (RED %d), UPDATED %d, RETRACTED %d | dead letters %d"
                + " | watchlist %d entries | %s",
            declarations.sum(), alerts.get(AlertStatus.NEW).sum(), red.sum(), alerts.get(AlertStatus.UPDATED).sum(),
            alerts.get(AlertStatus.RETRACTED).sum(), deadLetters.get(), watchlistEntries, state);
    }
}
