package org.heritagesentinel.bench;

import java.util.List;

/**
 * Figures of one application instance: the passthrough ({@code watchlistSize < 0}) or the screening
 * application with a watchlist of {@code watchlistSize} entries.
 */
record InstanceResult(String app, int watchlistSize, long bootstrapMs, long indexMs, int indexedEntries,
                      double throughput, boolean backlogDrained, long heapAfterBootstrap, long heapAfterRun, long peakRss,
                      List<LatencyResult> latencies, long outputsFromBacklog, double offsetsPerDeclaration,
                      String failure) {

    static InstanceResult failed(String app, int watchlistSize, String failure) {
        return new InstanceResult(app, watchlistSize, -1, -1, 0, Double.NaN, false, -1, -1, -1, List.of(), 0, Double.NaN, failure);
    }

    boolean isPassthrough() {
        return watchlistSize < 0;
    }

    /** One fixed-rate phase. */
    record LatencyResult(int rate, long sent, double achievedRate, long received, LatencyProbe.Percentiles percentiles) {
    }
}
