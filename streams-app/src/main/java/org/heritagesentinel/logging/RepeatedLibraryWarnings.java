package org.heritagesentinel.logging;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Logback filter: a library warning repeated with the same pattern (a client retrying a broker that is
 * down, a standby task that cannot be placed on a single instance) is shown once per minute per logger
 * and pattern, not once per retry. Errors, and the application's own lines, always pass.
 */
public final class RepeatedLibraryWarnings extends TurboFilter {
    private final RepeatLimiter limiter = new RepeatLimiter(Duration.ofMinutes(1));

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || format == null || level.isGreaterOrEqual(Level.ERROR) || !level.isGreaterOrEqual(Level.WARN)
            || logger.getName().startsWith("org.heritagesentinel") || !logger.isEnabledFor(level)) {
            return FilterReply.NEUTRAL;
        }
        return limiter.admit(logger.getName() + '|' + format) < 0 ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
