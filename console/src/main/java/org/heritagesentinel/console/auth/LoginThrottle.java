package org.heritagesentinel.console.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles an account after {@code maxFailures} wrong passwords in a row: no password is checked for it
 * until {@code throttle} has passed, so guessing costs hours, not seconds. Kept per instance: behind a load
 * balancer the attacker gets {@code maxFailures} per instance (docs/console.md).
 */
public final class LoginThrottle {
    private final int maxFailures;
    private final Duration throttle;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant throttledUntil) {
    }

    public LoginThrottle(int maxFailures, Duration throttle, Clock clock) {
        this.maxFailures = maxFailures;
        this.throttle = throttle;
        this.clock = clock;
    }

    public boolean throttled(String username) {
        Failures f = failures.get(username);
        return f != null && f.throttledUntil() != null && clock.instant().isBefore(f.throttledUntil());
    }

    public void failed(String username) {
        failures.compute(username, (name, previous) -> {
            int count = previous == null || previous.throttledUntil() != null ? 1 : previous.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(throttle) : null);
        });
    }

    public void succeeded(String username) {
        failures.remove(username);
    }
}
