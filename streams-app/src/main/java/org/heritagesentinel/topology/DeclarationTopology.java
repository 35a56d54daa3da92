package org.heritagesentinel.topology;

import java.util.Arrays;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.avro.ContextHit;
import org.heritagesentinel.avro.ContextHits;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ImportBatchTally;
import org.heritagesentinel.avro.PendingRetroChange;
import org.heritagesentinel.avro.PartyShipments;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.ShipmentRef;
import org.heritagesentinel.avro.Suppression;
import org.heritagesentinel.avro.TemporaryExport;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.InternalAvroSerde;

/** Declaration screening: one pass per declaration, one alert record at most. */
final class DeclarationTopology {
    private DeclarationTopology() {
    }

    /**
     * Live screening and retro-screening share the declaration task's stores — alert state, recent
     * declarations and their retro-key index (in memory, rebuilt from the recent declarations) — so they
     * form one sub-topology and never alert twice.
     */
    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts, KStream<String, WatchlistEntry> watchlistChanges) {
        CataloguedTopics topics = new CataloguedTopics(parts);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.ALERT_STATE_STORE),
            Serdes.String(), new InternalAvroSerde<>(ScreeningState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.RECENT_DECLARATIONS_STORE),
            Serdes.String(), new InternalAvroSerde<>(CustomsDeclaration.class)));
        builder.addStateStore(RetroKeyIndex.builder(SentinelTopology.RECENT_DECLARATION_KEYS_STORE));
        builder.addStateStore(DeclarationLinkIndex.builder(SentinelTopology.DECLARATION_LINK_INDEX,
            parts.coordination().outcomeLinkRetention()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.DECLARATION_CONTEXT_STORE),
            Serdes.String(), new InternalAvroSerde<>(ContextHits.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.RETRO_IMPORT_BATCHES_STORE),
            Serdes.String(), new InternalAvroSerde<>(ImportBatchTally.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.RETRO_PENDING_STORE),
            Serdes.String(), new InternalAvroSerde<>(PendingRetroChange.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.SUPPRESSION_STORE),
            Serdes.String(), new InternalAvroSerde<>(Suppression.class)));
        String[] stores = {SentinelTopology.ALERT_STATE_STORE, SentinelTopology.RECENT_DECLARATIONS_STORE,
            SentinelTopology.RECENT_DECLARATION_KEYS_STORE, SentinelTopology.DECLARATION_CONTEXT_STORE,
            SentinelTopology.SUPPRESSION_STORE};
        PlausibleEventTimeExtractor<CustomsDeclaration> acceptanceTime = new PlausibleEventTimeExtractor<>(
            CustomsDeclaration.class, CustomsDeclaration::getAcceptedAt, parts.eventTime());
        KStream<String, CustomsDeclaration> declarations = topics.stream(builder, TopicCatalogue.DECLARATIONS, acceptanceTime,
            "declarations-source");
        KStream<String, Screened> live = declarations.process(() -> new DeclarationScreeningProcessor(parts.screener(), parts.lifecycle(), parts.recipients(),
                    parts.eventTime(), parts.retro(), parts.records(), parts.metrics()), Named.as("declaration-screening"),
            withStores(stores, SentinelTopology.DECLARATION_LINK_INDEX));
        KStream<String, Screened> retro = watchlistChanges
            .process(() -> new RetroScreeningProcessor(parts.screener(), parts.lifecycle(), parts.recipients(), parts.retro(),
                    parts.index(), parts.records(), parts.metrics()), Named.as("retro-screening"),
            withStores(stores, SentinelTopology.RETRO_IMPORT_BATCHES_STORE, SentinelTopology.RETRO_PENDING_STORE));
        KStream<String, Screened> contextual = statefulRules(builder, parts, declarations)
            .process(() -> new ContextHitProcessor(parts.screener(), parts.lifecycle(), parts.recipients(), parts.retro(),
                parts.records()), Named.as("context-screening"), stores);
        SentinelMetrics metrics = parts.metrics();
        KStream<String, Screened> screened = live.merge(retro, Named.as("screened")).merge(contextual, Named.as("screened-all"))
            .peek((key, s) -> {
                // one place counts every alert, live, retro or from a stateful rule
                if (s.alert() != null) {
                    metrics.alertEmitted(s.alert().getStatus(), s.alert().getSeverity(), s.alert().getLane(),
                        s.alert().getAuthority());
                    s.alert().getHits().forEach(hit -> metrics.hit(hit.getRuleType()));
                    if (s.alert().getRetro()) {
                        metrics.retroAlert();
                    }
                }
            }, Named.as("screened-metrics"));
        topics.to(screened.flatMapValues(s -> s.alert() == null ? List.<Alert>of() : List.of(s.alert()),
            Named.as("screened-alerts")), TopicCatalogue.ALERTS, "alerts-sink");
        topics.to(AlertDecisionTopology.addTo(builder, parts, screened)
            .peek((key, alert) -> metrics.alertEmitted(alert.getStatus(), alert.getSeverity(), alert.getLane(),
                alert.getAuthority()), Named.as("escalated-metrics")), TopicCatalogue.ALERTS, "escalated-alerts-sink");
        topics.to(screened.flatMapValues(s -> s.record() == null ? List.<ScreeningRecord>of() : List.of(s.record()),
            Named.as("screened-records")), TopicCatalogue.SCREENING_RESULTS, "screening-results-sink");
    }

    private static String[] withStores(String[] stores, String... more) {
        String[] all = Arrays.copyOf(stores, stores.length + more.length);
        System.arraycopy(more, 0, all, stores.length, more.length);
        return all;
    }

    /**
     * The stateful rules, each keyed by what it counts — split shipments by party, temporary exports
     * by licence — and their hits re-keyed by declaration onto a topic laid out like the declarations
     * topic, so they reach the task that holds the declaration's alert state.
     */
    private static KStream<String, ContextHit> statefulRules(StreamsBuilder builder, SentinelTopology.Parts parts,
                                                            KStream<String, CustomsDeclaration> declarations) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.SPLIT_SHIPMENT_STORE),
            Serdes.String(), new InternalAvroSerde<>(PartyShipments.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.TEMPORARY_EXPORT_STORE),
            Serdes.String(), new InternalAvroSerde<>(TemporaryExport.class)));
        KStream<String, ContextHit> split = declarations
            .flatMap((key, declaration) -> StatefulRuleInputs.shipments(key, declaration, parts.index()),
                Named.as("split-shipment-parties"))
            .repartition(Repartitioned.<String, ShipmentRef>as("split-shipments-by-party")
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(ShipmentRef.class)))
            .process(() -> new SplitShipmentProcessor(parts.index(), parts.retro().window()), Named.as("split-shipment"),
                SentinelTopology.SPLIT_SHIPMENT_STORE);
        KStream<String, ContextHit> overdue = declarations
            .flatMap(StatefulRuleInputs::temporaryExports, Named.as("temporary-export-licences"))
            .repartition(Repartitioned.<String, TemporaryExport>as("temporary-exports-by-licence")
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(TemporaryExport.class)))
            .process(() -> new TemporaryExportProcessor(parts.index()), Named.as("temporary-export-register"),
                SentinelTopology.TEMPORARY_EXPORT_STORE);
        return split.merge(overdue, Named.as("context-hits"))
            .repartition(Repartitioned.<String, ContextHit>as("context-hits-by-declaration")
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(ContextHit.class))
                .withNumberOfPartitions(parts.retro().broadcastPartitions()));
    }
}
