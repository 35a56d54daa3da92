package org.heritagesentinel.logging;

import java.time.Duration;
import java.util.Arrays;

import org.slf4j.Logger;

/**
 * A warning about a recurring condition, logged at most once per key per interval with the number
 * of occurrences held back since the previous line. The condition's metric counts every occurrence;
 * the log only says that it is happening and what to do.
 */
public final class RateLimitedLog {
    /** How often a recurring condition is repeated in the log by default. */
    public static final Duration INTERVAL = Duration.ofMinutes(1);

    private final Logger log;
    private final RepeatLimiter limiter;

    public RateLimitedLog(Logger log, Duration interval) {
        this(log, new RepeatLimiter(interval));
    }

    RateLimitedLog(Logger log, RepeatLimiter limiter) {
        this.log = log;
        this.limiter = limiter;
    }

    /** Logs {@code format} at WARN unless {@code key} was logged less than an interval ago. */
    public void warn(String key, String format, Object... args) {
        long held = limiter.admit(key);
        if (held < 0) {
            return;
        }
        if (held == 0) {
            log.warn(format, args);
        } else {
            Object[] withCount = Arrays.copyOf(args, args.length + 1);
            withCount[args.length] = held;
            log.warn(format + " ({} more like this since the previous line)", withCount);
        }
    }
}
