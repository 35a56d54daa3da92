package org.heritagesentinel.topology;

import java.util.Properties;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.routing.AlertRouter;
import org.heritagesentinel.seizure.SeizureIntelligence;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.time.EventTimePolicy;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * The Kafka Streams wiring, and nothing else: which topic feeds which processor, and the names of
 * every store and processor (pinned by a test, so an upgrade cannot silently rename state).
 */
public final class SentinelTopology {
    public static final String WATCHLIST_STORE = "watchlist-store";
    public static final String ALERT_STATE_STORE = "alert-state-store";
    public static final String SEIZURE_STATE_STORE = "seizure-state-store";
    public static final String SEIZURE_LEDGER_STORE = "seizure-ledger-store";
    public static final String OUTCOME_LINKS_STORE = "outcome-links-store";

    /** What the topology is built from: the domain services and their configuration. */
    public record Parts(Topics topics, AvroSerdeFactory serdes, WatchlistIndex index, DeclarationScreener screener,
                        AlertLifecycle lifecycle, RecipientResolver recipients, EventTimePolicy eventTime,
                        SeizureIntelligence seizureIntelligence, AlertRouter router, SentinelMetrics metrics) {
    }

    private SentinelTopology() {
    }

    public static Topology build(Parts parts, Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        WatchlistTopology.addTo(builder, parts);
        DeclarationTopology.addTo(builder, parts);
        SeizureTopology.addTo(builder, parts);
        RoutingTopology.addTo(builder, parts);
        return builder.build();
    }
}
