package org.heritagesentinel.topology;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.time.EventTimePolicy;
import org.heritagesentinel.time.PlausibleEventTimeExtractor;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.watchlist.SubmissionOutcome;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.heritagesentinel.watchlist.WatchlistTableProcessor;

/**
 * The Kafka Streams wiring, and nothing else: which topic feeds which processor, and the names of
 * every store and processor (pinned by a test, so an upgrade cannot silently rename state).
 */
public final class SentinelTopology {
    public static final String WATCHLIST_STORE = "watchlist-store";
    public static final String ALERT_STATE_STORE = "alert-state-store";

    /** What the topology is built from: the domain services and their configuration. */
    public record Parts(Topics topics, AvroSerdeFactory serdes, WatchlistIndex index, DeclarationScreener screener,
                        AlertLifecycle lifecycle, EventTimePolicy eventTime) {
    }

    private SentinelTopology() {
    }

    public static Topology build(Parts parts, Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        Topics topics = parts.topics();
        Serde<WatchlistEntry> entrySerde = parts.serdes().value(WatchlistEntry.class);

        validateWatchlistSubmissions(builder, topics, entrySerde);
        watchlistTable(builder, topics, entrySerde, parts.index());
        screenDeclarations(builder, parts);
        return builder.build();
    }

    private static void validateWatchlistSubmissions(StreamsBuilder builder, Topics topics, Serde<WatchlistEntry> entrySerde) {
        EntryValidator validator = new EntryValidator();
        KStream<String, SubmissionOutcome> outcomes = builder
            .stream(topics.watchlistSubmissions(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())
                .withName("watchlist-submissions-source"))
            .process(() -> new WatchlistValidationProcessor(entrySerde.deserializer(), validator),
                Named.as("watchlist-validate"));
        Map<String, KStream<String, SubmissionOutcome>> branches = outcomes
            .split(Named.as("watchlist-outcome-"))
            .branch((key, outcome) -> outcome.isAccepted(), Branched.as("accepted"))
            .defaultBranch(Branched.as("refused"));
        branches.get("watchlist-outcome-accepted")
            .mapValues(SubmissionOutcome::entry, Named.as("watchlist-accepted-entry"))
            .to(topics.watchlistEntries(), Produced.with(Serdes.String(), entrySerde).withName("watchlist-entries-sink"));
        branches.get("watchlist-outcome-refused")
            .map((key, outcome) -> KeyValue.pair(outcome.rawKey(), outcome.rawValue()), Named.as("watchlist-refused-raw"))
            .to(topics.deadLetter(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("watchlist-dead-letter-sink"));
    }

    private static void watchlistTable(StreamsBuilder builder, Topics topics, Serde<WatchlistEntry> entrySerde,
                                       WatchlistIndex index) {
        StoreBuilder<KeyValueStore<String, WatchlistEntry>> store = Stores
            .keyValueStoreBuilder(Stores.persistentKeyValueStore(WATCHLIST_STORE), Serdes.String(), entrySerde)
            .withLoggingDisabled();
        builder.addGlobalStore(store, topics.watchlistEntries(),
            Consumed.with(Serdes.String(), entrySerde).withName("watchlist-table"),
            () -> new WatchlistTableProcessor(WATCHLIST_STORE, index));
    }

    private static void screenDeclarations(StreamsBuilder builder, Parts parts) {
        Topics topics = parts.topics();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERT_STATE_STORE),
            Serdes.String(), new InternalAvroSerde<>(ScreeningState.class)));
        Serde<CustomsDeclaration> declarationSerde = parts.serdes().value(CustomsDeclaration.class);
        PlausibleEventTimeExtractor<CustomsDeclaration> acceptanceTime = new PlausibleEventTimeExtractor<>(
            CustomsDeclaration.class, CustomsDeclaration::getAcceptedAt, parts.eventTime());
        builder.stream(topics.declarations(), Consumed.with(Serdes.String(), declarationSerde)
                .withTimestampExtractor(acceptanceTime).withName("declarations-source"))
            .process(() -> new DeclarationScreeningProcessor(ALERT_STATE_STORE, parts.screener(), parts.lifecycle(),
                parts.eventTime()), Named.as("declaration-screening"), ALERT_STATE_STORE)
            .to(topics.alerts(), Produced.with(Serdes.String(), parts.serdes().value(Alert.class)).withName("alerts-sink"));
    }
}
