package org.heritagesentinel.time;

import java.time.Duration;
import java.time.Instant;

/**
 * When an event time is believable. An acceptance time far in the future (a clock or time-zone bug)
 * or older than the horizon (a typo, a replayed archive) must not move stream time.
 */
public final class EventTimePolicy {
    private final Duration maxFutureSkew;
    private final Duration horizon;

    public EventTimePolicy(Duration maxFutureSkew, Duration horizon) {
        this.maxFutureSkew = maxFutureSkew;
        this.horizon = horizon;
    }

    public boolean isPlausible(Instant eventTime, Instant now) {
        return eventTime != null && !eventTime.isAfter(now.plus(maxFutureSkew)) && !eventTime.isBefore(now.minus(horizon));
    }

    /** The event time when it is believable, otherwise {@code now}: the time to screen and index the event at. */
    public Instant orNow(Instant eventTime, Instant now) {
        return isPlausible(eventTime, now) ? eventTime : now;
    }
}
