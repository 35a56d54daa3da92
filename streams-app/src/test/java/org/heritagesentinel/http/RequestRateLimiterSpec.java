package org.heritagesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RequestRateLimiterSpec {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void shouldAllowABurstThenRefillAtTheRate() {
        // Given 2 requests per second, a burst of 3
        RequestRateLimiter limiter = new RequestRateLimiter(2, 3, nanos::get);

        // When / Then
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        nanos.addAndGet(500_000_000L);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
    }

    @Test
    void shouldNeverRefillBeyondTheBurst() {
        // Given a bucket idle for an hour
        RequestRateLimiter limiter = new RequestRateLimiter(100, 2, nanos::get);
        nanos.addAndGet(3_600_000_000_000L);

        // Then
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void shouldKeepTheTableOfClientsBounded() {
        // Given
        RequestRateLimiter limiter = new RequestRateLimiter(1, 1, nanos::get);

        // When many distinct clients call
        for (int i = 0; i < RequestRateLimiter.MAX_CLIENTS + 500; i++) {
            limiter.tryAcquire("client-" + i);
        }

        // Then
        assertThat(limiter.clients()).isLessThanOrEqualTo(RequestRateLimiter.MAX_CLIENTS);
    }

    @Test
    void shouldRefuseAMeaninglessConfiguration() {
        assertThatThrownBy(() -> new RequestRateLimiter(0, 1, nanos::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
