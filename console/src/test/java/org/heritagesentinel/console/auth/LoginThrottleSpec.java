package org.heritagesentinel.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleSpec {
    private static final Duration PERIOD = Duration.ofMinutes(15);
    private final Instant start = Instant.parse("2026-12-07T08:00:00Z");

    private static LoginThrottle at(Instant now) {
        return new LoginThrottle(5, PERIOD, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theFifthWrongPasswordThrottlesTheAccountAsTypedInAnyCase() {
        LoginThrottle throttle = at(start);
        for (int i = 0; i < 4; i++) {
            throttle.failed("analyst.jo", start.minusSeconds(i));
        }
        assertThat(throttle.throttled("analyst.jo")).isFalse();
        throttle.failed(" Analyst.JO ", start);
        assertThat(throttle.throttled("analyst.jo")).isTrue();
        assertThat(throttle.throttled("ANALYST.jo")).isTrue();
        assertThat(throttle.throttled("supervisor.jo")).isFalse();
    }

    @Test
    void failuresFromTwoInstancesAddUpWhateverOrderTheyArriveIn() {
        LoginThrottle throttle = at(start);
        // three on this instance, then two older ones read from another instance's records
        for (int i = 0; i < 3; i++) {
            throttle.failed("analyst.jo", start.minusSeconds(10 - i));
        }
        throttle.failed("analyst.jo", start.minusSeconds(60));
        assertThat(throttle.throttled("analyst.jo")).isFalse();
        throttle.failed("analyst.jo", start.minusSeconds(120));
        assertThat(throttle.throttled("analyst.jo")).isTrue();
    }

    @Test
    void failuresOlderThanThePeriodDoNotCount() {
        Instant now = start.plus(PERIOD).plusSeconds(60);
        LoginThrottle throttle = at(now);
        for (int i = 0; i < 4; i++) {
            throttle.failed("analyst.jo", start.plusSeconds(i));
        }
        throttle.failed("analyst.jo", now);
        assertThat(throttle.throttled("analyst.jo")).isFalse();
    }

    @Test
    void theThrottleLiftsWhenItsFailuresAgeOutOfThePeriod() {
        LoginThrottle earlier = at(start);
        LoginThrottle later = at(start.plus(PERIOD).plusSeconds(1));
        for (LoginThrottle throttle : new LoginThrottle[] {earlier, later}) {
            for (int i = 0; i < 5; i++) {
                throttle.failed("analyst.jo", start);
            }
        }
        assertThat(earlier.throttled("analyst.jo")).isTrue();
        assertThat(later.throttled("analyst.jo")).isFalse();
    }

    @Test
    void anAccountWhoseFailuresAgedOutIsForgotten() {
        MovingClock clock = new MovingClock(start);
        LoginThrottle throttle = new LoginThrottle(5, PERIOD, clock);
        for (int i = 0; i < 5; i++) {
            throttle.failed("typo.jo", start);
        }
        assertThat(throttle.throttled("typo.jo")).isTrue();
        clock.now = start.plus(PERIOD).plusSeconds(1);
        throttle.forgetExpired();
        clock.now = start;
        assertThat(throttle.throttled("typo.jo")).as("nothing left to count once forgotten").isFalse();
    }

    @Test
    void aVeryLongNameIsCountedCutToABoundedLength() {
        String typed = "a".repeat(10_000);
        assertThat(LoginThrottle.account(typed)).hasSizeLessThanOrEqualTo(128);
        LoginThrottle throttle = at(start);
        for (int i = 0; i < 5; i++) {
            throttle.failed(typed, start);
        }
        assertThat(throttle.throttled(typed)).isTrue();
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
