package org.heritagesentinel.bench;

/**
 * Figures of the retro phase: a bulk import of {@code importSize} entries retro-screened against
 * {@code declarations} declarations of the last 30 days already screened by the application.
 *
 * @param publishMs    time to hand the whole import to the producer (flushed)
 * @param completeMs   first submission sent → every broadcast watchlist change processed and committed
 * @param retroAlerts  retro alerts raised (read_committed), summaries not included
 * @param summaries    summary alerts of what the import cap held back
 * @param cpuSeconds   CPU time of the application JVM from the first submission to the summaries
 */
record RetroResult(int importSize, int declarations, long publishMs, long completeMs, long retroAlerts, long summaries,
                   double cpuSeconds, long heapAfterRun, long peakRss, String failure) {

    static RetroResult failed(int importSize, int declarations, String failure) {
        return new RetroResult(importSize, declarations, -1, -1, 0, 0, Double.NaN, -1, -1, failure);
    }

    double entriesPerSecond() {
        return importSize / Math.max(1e-3, completeMs / 1000.0);
    }
}
