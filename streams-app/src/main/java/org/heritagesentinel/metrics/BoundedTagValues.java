package org.heritagesentinel.metrics;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps the values of one label bounded. Every distinct label value is a new time series in
 * Prometheus, so a value from the data (an authority code, a topic) is accepted only if it has the
 * expected shape and only while fewer than {@code maxDistinct} values have been seen; anything else
 * is counted under {@link #OTHER} instead of being dropped, so totals stay right.
 */
final class BoundedTagValues {

    static final String OTHER = "OTHER";

    private final Pattern allowed;
    private final int maxDistinct;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    BoundedTagValues(Pattern allowed, int maxDistinct) {
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        if (maxDistinct < 1) {
            throw new IllegalArgumentException("maxDistinct must be positive: " + maxDistinct);
        }
        this.maxDistinct = maxDistinct;
    }

    String clamp(String raw) {
        if (raw == null || !allowed.matcher(raw).matches()) {
            return OTHER;
        }
        if (seen.contains(raw)) {
            return raw;
        }
        return admit(raw);
    }

    // Only the first sighting of a value takes the lock, so the cap is exact without slowing the hot path.
    private synchronized String admit(String raw) {
        if (seen.contains(raw)) {
            return raw;
        }
        if (seen.size() >= maxDistinct) {
            return OTHER;
        }
        seen.add(raw);
        return raw;
    }
}
