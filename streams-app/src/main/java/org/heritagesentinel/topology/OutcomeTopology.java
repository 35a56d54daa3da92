package org.heritagesentinel.topology;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationLink;
import org.heritagesentinel.avro.LinkKind;
import org.heritagesentinel.avro.OutcomeLink;
import org.heritagesentinel.avro.ScreeningOutcome;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SeizureStatus;
import org.heritagesentinel.seizure.OutcomeLinkKeys;
import org.heritagesentinel.serde.InternalAvroSerde;

/**
 * Outcome linking: a seizure finds the declarations of its goods — the one it names, and those of
 * the look-back sharing a container, a vehicle or a party — and each link reaches the declaration's
 * task, where its alert state decides HIT or MISS.
 *
 * <p>Declarations and seizures are both re-keyed by link key onto repartition topics of the same
 * partition count (co-partitioned), so one task holds the index of a key and receives the seizures
 * probing it. Links found are re-keyed by declaration onto a topic laid out like the declarations
 * topic ({@code topics.partitions}, like the retro broadcast).
 */
final class OutcomeTopology {
    private OutcomeTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts, KStream<String, CustomsDeclaration> declarations,
                      KStream<String, SeizureReport> seizures) {
        int partitions = parts.retro().broadcastPartitions();
        Duration lookBack = parts.coordination().outcomeLookBack();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.OUTCOME_LINKS_STORE),
            Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(SentinelTopology.DECLARATION_LINKS_STORE,
                parts.coordination().outcomeLinkRetention(), Duration.ofMillis(1), true),
            Serdes.String(), new InternalAvroSerde<>(DeclarationLink.class)));
        InternalAvroSerde<OutcomeLink> linkSerde = new InternalAvroSerde<>(OutcomeLink.class);
        KStream<String, SeizureReport> reported = seizures
            .filter((key, report) -> key != null && report != null && report.getStatus() != SeizureStatus.WITHDRAWN,
                Named.as("seizures-to-link"));

        declarations
            .flatMap(OutcomeTopology::declarationLinks, Named.as("declaration-link-keys"))
            .repartition(Repartitioned.<String, DeclarationLink>as("declaration-links-by-key")
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(DeclarationLink.class))
                .withNumberOfPartitions(partitions))
            .process(DeclarationLinkIndexer::new, Named.as("declaration-link-index"), SentinelTopology.DECLARATION_LINKS_STORE);
        KStream<String, OutcomeLink> byAssociation = reported
            .flatMap(OutcomeTopology::seizureProbes, Named.as("seizure-link-keys"))
            .repartition(Repartitioned.<String, OutcomeLink>as("seizure-links-by-key")
                .withKeySerde(Serdes.String()).withValueSerde(linkSerde).withNumberOfPartitions(partitions))
            .process(() -> new SeizureLinkFinder(lookBack), Named.as("seizure-link-finder"), SentinelTopology.DECLARATION_LINKS_STORE)
            .repartition(Repartitioned.<String, OutcomeLink>as("outcome-links-by-declaration")
                .withKeySerde(Serdes.String()).withValueSerde(linkSerde).withNumberOfPartitions(partitions));
        KStream<String, OutcomeLink> byReference = reported
            .filter((key, report) -> report.getLinkedDeclarationKey() != null, Named.as("seizures-with-declaration"))
            .selectKey((key, report) -> report.getLinkedDeclarationKey(), Named.as("seizure-by-declaration"))
            .repartition(Repartitioned.<String, SeizureReport>as("seizure-outcome-links")
                .withKeySerde(Serdes.String()).withValueSerde(parts.serdes().value(SeizureReport.class))
                .withNumberOfPartitions(partitions))
            .mapValues((declarationKey, report) -> link(report, declarationKey), Named.as("seizure-reference-link"));
        byReference.merge(byAssociation, Named.as("outcome-links"))
            .process(() -> new OutcomeLinkProcessor(parts.metrics()), Named.as("outcome-linking"),
                SentinelTopology.ALERT_STATE_STORE, SentinelTopology.OUTCOME_LINKS_STORE)
            .to(parts.topics().outcomes(), Produced.with(Serdes.String(), parts.serdes().value(ScreeningOutcome.class))
                .withName("outcomes-sink"));
    }

    private static List<KeyValue<String, DeclarationLink>> declarationLinks(String key, CustomsDeclaration declaration) {
        if (key == null || declaration == null) {
            return List.of();
        }
        DeclarationLink link = DeclarationLink.newBuilder().setDeclarationKey(key).setAcceptedAt(declaration.getAcceptedAt()).build();
        return OutcomeLinkKeys.of(declaration.getTransport(), declaration.getParties()).keySet().stream()
            .map(linkKey -> KeyValue.pair(linkKey, link)).toList();
    }

    private static List<KeyValue<String, OutcomeLink>> seizureProbes(String key, SeizureReport report) {
        return OutcomeLinkKeys.of(report.getConveyance(), report.getParties()).entrySet().stream()
            .map(linkKey -> KeyValue.pair(linkKey.getKey(), OutcomeLink.newBuilder().setSeizureKey(key)
                .setSeizedAt(report.getSeizedAt()).setKind(linkKey.getValue()).build()))
            .toList();
    }

    private static OutcomeLink link(SeizureReport report, String declarationKey) {
        return OutcomeLink.newBuilder().setDeclarationKey(declarationKey).setSeizureKey(report.getAuthority() + ":" + report.getSeizureId())
            .setSeizedAt(report.getSeizedAt()).setKind(LinkKind.DECLARATION_REFERENCE).build();
    }
}
