package org.heritagesentinel.topology;

import java.util.Properties;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.KStream;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.ScreeningRecords;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.routing.AlertRouter;
import org.heritagesentinel.seizure.SeizureIntelligence;
import org.heritagesentinel.money.ExchangeRates;
import org.heritagesentinel.retro.RetroScreening;
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
    /**
     * The outcome link index of a declaration task: on disk, no changelog, rebuilt from the alert states. Named
     * apart from the logged {@code declaration-links-store} it replaced (docs/decisions.md, link-index).
     */
    public static final String DECLARATION_LINK_INDEX = "declaration-link-index";
    /** Seizures' link probes, copied to every declaration task. */
    public static final String SEIZURE_PROBES_BROADCAST = "seizure-probes-broadcast";
    public static final String SEIZED_OBJECT_REGISTER_STORE = "seized-object-register-store";
    public static final String PARTY_SEIZURE_HISTORY_STORE = "party-seizure-history-store";
    public static final String SEIZED_OBJECT_REFERENCES_STORE = "seized-object-references-store";
    public static final String EXCHANGE_RATE_STORE = "exchange-rate-store";
    public static final String RECENT_DECLARATIONS_STORE = "recent-declarations-store";
    public static final String RETRO_IMPORT_BATCHES_STORE = "retro-import-batches-store";
    public static final String RETRO_PENDING_STORE = "retro-pending-changes-store";
    /**
     * The retro key index: in memory, no changelog, rebuilt from {@link #RECENT_DECLARATIONS_STORE}. Named apart
     * from the logged {@code recent-declaration-keys-store} it replaced (docs/decisions.md, retro-index).
     */
    public static final String RECENT_DECLARATION_KEYS_STORE = "recent-declaration-keys-index";
    public static final String DECLARATION_CONTEXT_STORE = "declaration-context-store";
    public static final String SPLIT_SHIPMENT_STORE = "split-shipment-store";
    public static final String TEMPORARY_EXPORT_STORE = "temporary-export-store";
    public static final String WATCHLIST_BROADCAST = "watchlist-changes-broadcast";
    public static final String ALERT_CASES_STORE = "alert-cases-store";
    public static final String UNACKNOWLEDGED_RED_STORE = "unacknowledged-red-store";
    public static final String ALERT_DECISION_COUNTS_STORE = "alert-decision-counts-store";
    public static final String SUPPRESSION_STORE = "hit-suppressions-store";
    public static final String SUPPRESSION_BROADCAST = "hit-suppressions-broadcast";

    /** What the topology is built from: the domain services and their configuration. */
    public record Parts(Topics topics, AvroSerdeFactory serdes, WatchlistIndex index, DeclarationScreener screener,
                        AlertLifecycle lifecycle, RecipientResolver recipients, EventTimePolicy eventTime, ExchangeRates rates,
                        RetroScreening retro, ScreeningRecords records, SeizureIntelligence seizureIntelligence,
                        AlertRouter router, SentinelMetrics metrics, SentinelConfig.AlertDecisions decisions,
                        SentinelConfig.Coordination coordination, WatchlistReplay replay,
                        SentinelConfig.Limits limits) {
    }

    private SentinelTopology() {
    }

    public static Topology build(Parts parts, Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        KStream<String, WatchlistEntry> watchlistChanges = WatchlistTopology.addTo(builder, parts);
        ReferenceDataTopology.addTo(builder, parts);
        DeclarationTopology.addTo(builder, parts, watchlistChanges);
        SeizureTopology.addTo(builder, parts);
        RoutingTopology.addTo(builder, parts);
        return builder.build();
    }
}
