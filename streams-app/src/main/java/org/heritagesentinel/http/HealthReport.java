package org.heritagesentinel.http;

import org.apache.kafka.streams.KafkaStreams;

/**
 * One answer of a health endpoint. Liveness tolerates a rebalance (restarting the pod would only
 * cause another one); readiness also needs the watchlist, since screening against a partly loaded
 * watchlist would miss hits.
 */
public record HealthReport(boolean up, KafkaStreams.State state, boolean watchlistLoaded) {

    public static HealthReport liveness(HealthProbe probe) {
        KafkaStreams.State state = probe.state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        return new HealthReport(up, state, probe.watchlistLoaded());
    }

    public static HealthReport readiness(HealthProbe probe) {
        KafkaStreams.State state = probe.state();
        boolean loaded = probe.watchlistLoaded();
        return new HealthReport(state == KafkaStreams.State.RUNNING && loaded, state, loaded);
    }

    public int httpStatus() {
        return up ? 200 : 503;
    }

    /** Every value is an enum name or a boolean, so nothing needs escaping. */
    public String toJson() {
        return "{\"status\":\"" + (up ? "UP" : "DOWN") + "\","
                + "\"state\":" + (state == null ? "null" : "\"" + state.name() + "\"") + ","
                + "\"watchlistLoaded\":" + watchlistLoaded + "}";
    }
}
