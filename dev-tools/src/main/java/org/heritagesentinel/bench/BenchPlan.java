package org.heritagesentinel.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one benchmark run measures.
 *
 * @param watchlistSizes  screening instances, one per watchlist size
 * @param backlog         declarations preloaded for the throughput phase (5 % suspicious)
 * @param rates           fixed rates (declarations/s) of the latency phases, traffic 100 % suspicious
 * @param latencySeconds  length of each latency phase
 * @param warmupSeconds   first seconds of each latency phase left out of the percentiles
 * @param throughputSeconds longest time given to the backlog; the rate is measured over what was consumed
 * @param latencyAllSizes latency phases for every watchlist size, or only for the smallest
 * @param streamThreads   {@code num.stream.threads} of every application JVM
 * @param instances       application JVMs per application (one application id, one consumer group)
 * @param partitions      {@code topics.partitions} of the bench's topics: the ceiling of parallel tasks per sub-topology
 * @param retroDeclarations declarations accepted over the last 30 days, screened before the import (5 % name listed entries)
 * @param retroImport     entries of the bulk import whose retro-screening is measured
 * @param retroAlertCap   {@code retro.max-alerts-per-import} of the retro phase (the default, scaled down in the smoke)
 */
public record BenchPlan(List<Integer> watchlistSizes, int backlog, int throughputSeconds, List<Integer> rates, int latencySeconds,
                        int warmupSeconds, boolean latencyAllSizes, long seed, int commitIntervalMs, int streamThreads,
                        int instances, int partitions, String appHeap, int retroDeclarations, int retroImport, int retroAlertCap) {

    private static final int PARTITIONS = 3;

    public static BenchPlan full() {
        return new BenchPlan(List.of(1_000, 100_000, 1_000_000), 100_000, 180, List.of(100, 1_000, 5_000), 20, 3, true, 2026,
            100, 1, 1, PARTITIONS, "2g", 100_000, 50_000, 600);
    }

    /** The CI smoke: every phase, tiny (an import cap small enough to raise summaries), to prove the harness works; its figures mean nothing. */
    public static BenchPlan quick() {
        return new BenchPlan(List.of(100, 500), 300, 20, List.of(100), 2, 0, true, 2026, 100, 1, 1, PARTITIONS, "512m", 300, 500, 6);
    }

    /** The smallest non-empty list: the one the targets compare the passthrough and the larger lists with; 0 when every list is empty. */
    int smallestList() {
        return watchlistSizes.stream().filter(size -> size > 0).findFirst().orElse(0);
    }

    /** Stream threads of one application over all its instances. */
    int streamThreadsInAll() {
        return streamThreads * instances;
    }

    /**
     * A warning when the application has more stream threads than partitions: a partition of the
     * declarations is processed by one task on one thread, so the threads beyond it add no declaration throughput.
     */
    Optional<String> parallelismWarning() {
        if (streamThreadsInAll() <= partitions) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "warning: %d instance(s) x %d thread(s) = %d stream threads > %d partitions:"
            + " the threads beyond %d have no partition of the declarations to process", instances, streamThreads, streamThreadsInAll(),
            partitions, partitions));
    }
}
