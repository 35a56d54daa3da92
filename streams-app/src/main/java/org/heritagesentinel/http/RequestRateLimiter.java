package org.heritagesentinel.http;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, then {@code ratePerSecond}. The table
 * of clients is bounded: when full, clients whose bucket has refilled are forgotten (they lose
 * nothing), and if none has, the table starts afresh rather than grow.
 */
final class RequestRateLimiter {
    static final int MAX_CLIENTS = 10_000;

    private final double ratePerNano;
    private final double burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    RequestRateLimiter(double ratePerSecond, int burst, LongSupplier nanoClock) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("queries.rate must be > 0 and queries.burst >= 1");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    /** Takes one token of {@code client}'s bucket; false when it is empty (answer 429). */
    synchronized boolean tryAcquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= MAX_CLIENTS && !buckets.containsKey(client)) {
            buckets.values().removeIf(bucket -> level(bucket, now) >= burst);
            if (buckets.size() >= MAX_CLIENTS) {
                buckets.clear();
            }
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        bucket.tokens = level(bucket, now);
        bucket.at = now;
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    synchronized int clients() {
        return buckets.size();
    }

    private double level(Bucket bucket, long now) {
        return Math.min(burst, bucket.tokens + (now - bucket.at) * ratePerNano);
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        private Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
