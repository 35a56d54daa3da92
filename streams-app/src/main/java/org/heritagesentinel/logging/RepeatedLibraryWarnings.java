package org.heritagesentinel.logging;

import java.time.Duration;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Logback filter: a library warning repeated with the same pattern (a client retrying a broker that is
 * down, a transaction retried at start-up, a standby task that cannot be placed on a single instance) is
 * shown once per minute per logger and pattern, not once per retry. Errors, and the application's own
 * lines, always pass.
 */
public final class RepeatedLibraryWarnings extends TurboFilter {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int PATTERN_LENGTH = 48;

    private final RepeatLimiter limiter = new RepeatLimiter(Duration.ofMinutes(1));

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || format == null || level.isGreaterOrEqual(Level.ERROR) || !level.isGreaterOrEqual(Level.WARN)
            || logger.getName().startsWith("org.heritagesentinel") || !logger.isEnabledFor(level)) {
            return FilterReply.NEUTRAL;
        }
        return limiter.admit(logger.getName() + '|' + pattern(format)) < 0 ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /**
     * The shape of a message: Kafka's clients format their messages before logging them, behind a
     * {@code [Consumer clientId=…]} prefix, so two retries differ only in numbers and names at the end.
     * Without the prefix and the digits, their beginning is the same.
     */
    static String pattern(String message) {
        String text = message.startsWith("[") && message.indexOf("] ") > 0 ? message.substring(message.indexOf("] ") + 2) : message;
        String shape = DIGITS.matcher(text).replaceAll("#");
        return shape.length() > PATTERN_LENGTH ? shape.substring(0, PATTERN_LENGTH) : shape;
    }
}
