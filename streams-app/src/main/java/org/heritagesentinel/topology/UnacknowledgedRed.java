package org.heritagesentinel.topology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.heritagesentinel.metrics.SentinelMetrics;

/**
 * The instance's count of RED alerts nobody acknowledged: each declaration task counts its own
 * (its store holds only its partition), the gauge shows the sum over the tasks this instance runs.
 */
final class UnacknowledgedRed {
    private final SentinelMetrics metrics;
    private final Map<String, Integer> byTask = new ConcurrentHashMap<>();

    UnacknowledgedRed(SentinelMetrics metrics) {
        this.metrics = metrics;
    }

    void count(String task, int alerts) {
        byTask.put(task, alerts);
        publish();
    }

    /** A task closed here (rebalance, shutdown): its alerts are counted by its new owner. */
    void forget(String task) {
        byTask.remove(task);
        publish();
    }

    private void publish() {
        metrics.unacknowledgedRed(byTask.values().stream().mapToInt(Integer::intValue).sum());
    }
}
