package org.heritagesentinel.topology;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
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
        CataloguedTopics topics = new CataloguedTopics(parts);
        KStream<String, WatchlistEntry> accepted = validateWatchlistSubmissions(builder, topics, parts.limits().entry(),
            parts.metrics(), parts.index());
        topics.globalStore(builder, TopicCatalogue.WATCHLIST_ENTRIES, SentinelTopology.WATCHLIST_STORE, "watchlist-table",
            () -> new WatchlistTableProcessor(SentinelTopology.WATCHLIST_STORE, parts.index(), parts.replay()));
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

    private static KStream<String, WatchlistEntry> validateWatchlistSubmissions(StreamsBuilder builder, CataloguedTopics topics,
                                                                               SentinelConfig.EntryLimits limits,
                                                                               SentinelMetrics metrics,
                                                                               WatchlistIndex index) {
        EntryValidator validator = new EntryValidator(limits);
        Deserializer<WatchlistEntry> entries = topics.decoder(TopicCatalogue.WATCHLIST_SUBMISSIONS);
        KStream<String, SubmissionOutcome> outcomes = topics
            .undecoded(builder, List.of(topics.name(TopicCatalogue.WATCHLIST_SUBMISSIONS)), "watchlist-submissions-source")
            .process(() -> new WatchlistValidationProcessor(entries, validator, metrics), Named.as("watchlist-validate"));
        topics.to(outcomes.processValues(() -> new WatchlistAuditProcessor(index::get), Named.as("watchlist-audit")),
            TopicCatalogue.WATCHLIST_AUDIT, "watchlist-audit-sink");
        Map<String, KStream<String, SubmissionOutcome>> branches = outcomes
            .split(Named.as("watchlist-outcome-"))
            .branch((key, outcome) -> outcome.isAccepted(), Branched.as("accepted"))
            .defaultBranch(Branched.as("refused"));
        KStream<String, WatchlistEntry> accepted = branches.get("watchlist-outcome-accepted")
            .mapValues(SubmissionOutcome::entry, Named.as("watchlist-accepted-entry"));
        topics.to(accepted, TopicCatalogue.WATCHLIST_ENTRIES, "watchlist-entries-sink");
        topics.to(branches.get("watchlist-outcome-refused")
                .map((key, outcome) -> KeyValue.pair(outcome.rawKey(), outcome.rawValue()), Named.as("watchlist-refused-raw")),
            TopicCatalogue.DEAD_LETTER, "watchlist-dead-letter-sink");
        return accepted;
    }
}
