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
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.watchlist.SubmissionOutcome;
import org.heritagesentinel.watchlist.WatchlistIndex;

/** Watchlist sub-topologies: validation of submissions, and the global table with its match index. */
final class WatchlistTopology {
    private WatchlistTopology() {
    }

    /** Returns the accepted changes, broadcast to every partition of the declarations' layout (retro-screening). */
    static KStream<String, WatchlistEntry> addTo(StreamsBuilder builder, SentinelTopology.Parts parts) {
        Serde<WatchlistEntry> entrySerde = parts.serdes().value(WatchlistEntry.class);
        KStream<String, WatchlistEntry> accepted = validateWatchlistSubmissions(builder, parts.topics(), entrySerde,
            parts.serdes().value(WatchlistChange.class), parts.limits().entry(), parts.metrics(), parts.index());
        watchlistTable(builder, parts.topics(), entrySerde, parts.index(), parts.replay());
        return broadcast(accepted, parts.retro().broadcastPartitions());
    }

    /**
     * Every accepted change goes to every partition of an internal topic laid out like the
     * declarations topic, so the task of each declaration partition re-screens its own recent
     * declarations. Internal data: plain Avro, no registry subject.
     */
    private static KStream<String, WatchlistEntry> broadcast(KStream<String, WatchlistEntry> accepted, int partitions) {
        return accepted.repartition(Repartitioned.<String, WatchlistEntry>as(SentinelTopology.WATCHLIST_BROADCAST)
            .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(WatchlistEntry.class))
            .withNumberOfPartitions(partitions).withStreamPartitioner(Broadcasts.everyPartition()));
    }

    private static KStream<String, WatchlistEntry> validateWatchlistSubmissions(StreamsBuilder builder, Topics topics,
                                                                               Serde<WatchlistEntry> entrySerde,
                                                                               Serde<WatchlistChange> auditSerde,
                                                                               SentinelConfig.EntryLimits limits,
                                                                               SentinelMetrics metrics,
                                                                               WatchlistIndex index) {
        EntryValidator validator = new EntryValidator(limits);
        KStream<String, SubmissionOutcome> outcomes = builder
            .stream(topics.watchlistSubmissions(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())
                .withName("watchlist-submissions-source"))
            .process(() -> new WatchlistValidationProcessor(entrySerde.deserializer(), validator, metrics),
                Named.as("watchlist-validate"));
        outcomes.processValues(() -> new WatchlistAuditProcessor(index::get), Named.as("watchlist-audit"))
            .to(topics.watchlistAudit(), Produced.with(Serdes.String(), auditSerde).withName("watchlist-audit-sink"));
        Map<String, KStream<String, SubmissionOutcome>> branches = outcomes
            .split(Named.as("watchlist-outcome-"))
            .branch((key, outcome) -> outcome.isAccepted(), Branched.as("accepted"))
            .defaultBranch(Branched.as("refused"));
        KStream<String, WatchlistEntry> accepted = branches.get("watchlist-outcome-accepted")
            .mapValues(SubmissionOutcome::entry, Named.as("watchlist-accepted-entry"));
        accepted.to(topics.watchlistEntries(), Produced.with(Serdes.String(), entrySerde).withName("watchlist-entries-sink"));
        branches.get("watchlist-outcome-refused")
            .map((key, outcome) -> KeyValue.pair(outcome.rawKey(), outcome.rawValue()), Named.as("watchlist-refused-raw"))
            .to(topics.deadLetter(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("watchlist-dead-letter-sink"));
        return accepted;
    }

    private static void watchlistTable(StreamsBuilder builder, Topics topics, Serde<WatchlistEntry> entrySerde,
                                       WatchlistIndex index, WatchlistReplay replay) {
        StoreBuilder<KeyValueStore<String, WatchlistEntry>> store = Stores
            .keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.WATCHLIST_STORE), Serdes.String(), entrySerde)
            .withLoggingDisabled();
        builder.addGlobalStore(store, topics.watchlistEntries(),
            Consumed.with(Serdes.String(), entrySerde).withName("watchlist-table"),
            () -> new WatchlistTableProcessor(SentinelTopology.WATCHLIST_STORE, index, replay));
    }

}
