package org.heritagesentinel.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleSpec {
    private final Instant start = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void theFifthWrongPasswordThrottlesTheAccountUntilThePeriodIsOver() {
        LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Clock.fixed(start, ZoneOffset.UTC));
        for (int i = 0; i < 4; i++) {
            throttle.failed("analyst.jo");
        }
        assertThat(throttle.throttled("analyst.jo")).isFalse();
        throttle.failed("analyst.jo");
        assertThat(throttle.throttled("analyst.jo")).isTrue();
        assertThat(throttle.throttled("supervisor.jo")).isFalse();

        LoginThrottle later = new LoginThrottle(5, Duration.ofMinutes(15), Clock.fixed(start.plusSeconds(16 * 60), ZoneOffset.UTC));
        for (int i = 0; i < 5; i++) {
            later.failed("x");
        }
        assertThat(later.throttled("x")).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Clock.fixed(start, ZoneOffset.UTC));
        for (int i = 0; i < 4; i++) {
            throttle.failed("analyst.jo");
        }
        throttle.succeeded("analyst.jo");
        throttle.failed("analyst.jo");
        assertThat(throttle.throttled("analyst.jo")).isFalse();
    }
}
