package org.heritagesentinel.topology;

import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.watchlist.SubmissionOutcome;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.heritagesentinel.watchlist.WatchlistTableProcessor;

/** Watchlist sub-topologies: validation of submissions, and the global table with its match index. */
final class WatchlistTopology {
    private WatchlistTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts) {
        Serde<WatchlistEntry> entrySerde = parts.serdes().value(WatchlistEntry.class);
        validateWatchlistSubmissions(builder, parts.topics(), entrySerde);
        watchlistTable(builder, parts.topics(), entrySerde, parts.index());
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
            .keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.WATCHLIST_STORE), Serdes.String(), entrySerde)
            .withLoggingDisabled();
        builder.addGlobalStore(store, topics.watchlistEntries(),
            Consumed.with(Serdes.String(), entrySerde).withName("watchlist-table"),
            () -> new WatchlistTableProcessor(SentinelTopology.WATCHLIST_STORE, index));
    }

}
