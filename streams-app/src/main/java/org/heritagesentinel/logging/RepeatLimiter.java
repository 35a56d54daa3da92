package org.heritagesentinel.logging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Lets one occurrence of a key through per interval and counts the rest, so a condition that recurs
 * with every record is one line a minute instead of thousands. Keys are conditions (a recipient, a
 * topic and an error class, a log pattern), never record ids: their number stays small.
 */
public final class RepeatLimiter {
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        private long openedAt;
        private long held;
    }

    public RepeatLimiter(Duration interval) {
        this(interval, System::nanoTime);
    }

    RepeatLimiter(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Whether this occurrence of {@code key} may be logged: -1 if not (it is counted), else how many
     * occurrences were held back since the last one let through.
     */
    public long admit(String key) {
        long now = nanoTime.getAsLong();
        long[] admitted = {-1};
        windows.compute(key, (k, window) -> {
            if (window == null) {
                window = new Window();
                window.openedAt = now;
                admitted[0] = 0;
            } else if (now - window.openedAt >= intervalNanos) {
                admitted[0] = window.held;
                window.openedAt = now;
                window.held = 0;
            } else {
                window.held++;
            }
            return window;
        });
        return admitted[0];
    }
}
