package org.heritagesentinel.bench;

import java.util.List;

/**
 * Figures of one application instance: the passthrough ({@code watchlistSize < 0}) or the screening
 * application with a watchlist of {@code watchlistSize} entries.
 */
record InstanceResult(String app, int watchlistSize, long bootstrapMs, long indexMs, int indexedEntries,
                      double throughput, boolean backlogDrained, long heapAfterBootstrap, long heapAfterRun, long peakRss,
                      List<LatencyResult> latencies, long outputsFromBacklog) {

    boolean isPassthrough() {
        return watchlistSize < 0;
    }

    /** One fixed-rate phase. */
    record LatencyResult(int rate, long sent, double achievedRate, long received, LatencyProbe.Percentiles percentiles) {
    }
}
