package org.heritagesentinel.console.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Throttles an account while it has {@code maxFailures} wrong passwords within the last {@code throttle}: no
 * password is checked for it then, so guessing costs hours, not seconds. The failures come from every console
 * instance (read from their shared topic), so the bound holds behind a load balancer and across restarts. A
 * successful sign-in does not erase them: the count is of guesses per period, whoever made them (docs/decisions.md).
 */
public final class LoginThrottle {
    private static final int LONGEST_NAME = 128;
    private final int maxFailures;
    private final Duration throttle;
    private final Clock clock;
    private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration throttle, Clock clock) {
        this.maxFailures = maxFailures;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The account name as counted: as typed, trimmed, in lower case, cut to a bounded length. */
    public static String account(String typed) {
        String name = typed.trim().toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    public Duration period() {
        return throttle;
    }

    public boolean throttled(String typed) {
        Instant since = clock.instant().minus(throttle);
        return failures.getOrDefault(account(typed), List.of()).stream().filter(t -> t.isAfter(since)).count() >= maxFailures;
    }

    /** A wrong password for {@code typed} at {@code failedAt}, on this instance or another. */
    public void failed(String typed, Instant failedAt) {
        Instant since = clock.instant().minus(throttle);
        if (failedAt.isAfter(since)) {
            // only the newest maxFailures can decide, so an account's memory stays bounded
            failures.merge(account(typed), List.of(failedAt), (known, added) -> Stream.concat(known.stream(), added.stream())
                .filter(t -> t.isAfter(since)).sorted(Comparator.reverseOrder()).limit(maxFailures).toList());
        }
    }

    /** Forgets the accounts whose failures are all older than the period, so names typed once do not pile up. */
    public void forgetExpired() {
        Instant since = clock.instant().minus(throttle);
        failures.replaceAll((name, times) -> times.stream().filter(t -> t.isAfter(since)).toList());
        failures.values().removeIf(List::isEmpty);
    }
}
