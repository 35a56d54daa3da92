package org.heritagesentinel.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RepeatLimiterSpec {
    private final AtomicLong now = new AtomicLong();
    private final RepeatLimiter limiter = new RepeatLimiter(Duration.ofMinutes(1), now::get);

    @Test
    void shouldLetOneOccurrencePerKeyAndIntervalThroughAndCountTheRest() {
        assertThat(limiter.admit("DE")).isZero();
        assertThat(limiter.admit("FR")).as("another key has its own interval").isZero();
        for (int i = 0; i < 499; i++) {
            assertThat(limiter.admit("DE")).isEqualTo(-1);
        }
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(limiter.admit("DE")).isEqualTo(-1);

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.admit("DE")).as("held back since the previous line").isEqualTo(500);
        assertThat(limiter.admit("DE")).isEqualTo(-1);
    }
}
