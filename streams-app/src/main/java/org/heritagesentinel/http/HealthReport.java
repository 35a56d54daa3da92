package org.heritagesentinel.http;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.streams.KafkaStreams;

/**
 * One answer of a health endpoint. Liveness tolerates a rebalance (restarting the pod would only
 * cause another one); readiness also needs the watchlist, since screening against a partly loaded
 * watchlist would miss hits, and every task making progress: a task stuck in one record holds its
 * partitions while the state still reads RUNNING.
 */
public record HealthReport(boolean up, KafkaStreams.State state, boolean watchlistLoaded, Set<String> stalledTasks) {

    public static HealthReport liveness(HealthProbe probe) {
        KafkaStreams.State state = probe.state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        return new HealthReport(up, state, probe.watchlistLoaded(), probe.stalledTasks());
    }

    public static HealthReport readiness(HealthProbe probe) {
        KafkaStreams.State state = probe.state();
        boolean loaded = probe.watchlistLoaded();
        Set<String> stalled = probe.stalledTasks();
        return new HealthReport(state == KafkaStreams.State.RUNNING && loaded && stalled.isEmpty(), state, loaded, stalled);
    }

    public int httpStatus() {
        return up ? 200 : 503;
    }

    /**
     * Every value is an enum name, a boolean or a task id (digits and "_"), so nothing needs escaping;
     * {@code stalledTasks} appears only when a task is stalled.
     */
    public String toJson() {
        return "{\"status\":\"" + (up ? "UP" : "DOWN") + "\","
                + "\"state\":" + (state == null ? "null" : "\"" + state.name() + "\"") + ","
                + "\"watchlistLoaded\":" + watchlistLoaded
                + (stalledTasks.isEmpty() ? "" : ",\"stalledTasks\":[" + new TreeSet<>(stalledTasks).stream()
                    .map(t -> "\"" + t.replaceAll("[^A-Za-z0-9_ .-]", "") + "\"").collect(Collectors.joining(",")) + "]")
                + "}";
    }
}
