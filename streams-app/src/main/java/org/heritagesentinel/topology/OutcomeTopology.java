package org.heritagesentinel.topology;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
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
 * <p>Declarations are not re-keyed for this: each declaration task indexes its own declarations by
 * link key ({@link DeclarationLinkIndex}, rebuilt from their alert states), and a seizure's probes —
 * a few records, where declarations are thousands a minute — are copied to every declaration task
 * (KIP-837 multicast, like the watchlist changes), which answers for the declarations it holds.
 * A seizure naming its declaration is re-keyed by that declaration onto a topic laid out like the
 * declarations topic ({@code topics.partitions}).
 */
final class OutcomeTopology {
    private OutcomeTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts, KStream<String, SeizureReport> seizures) {
        int partitions = parts.retro().broadcastPartitions();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.OUTCOME_LINKS_STORE),
            Serdes.String(), Serdes.String()));
        InternalAvroSerde<OutcomeLink> linkSerde = new InternalAvroSerde<>(OutcomeLink.class);
        KStream<String, SeizureReport> reported = seizures
            .filter((key, report) -> key != null && report != null && report.getStatus() != SeizureStatus.WITHDRAWN,
                Named.as("seizures-to-link"));

        KStream<String, OutcomeLink> byAssociation = reported
            .flatMap(OutcomeTopology::seizureProbes, Named.as("seizure-link-keys"))
            .repartition(Repartitioned.<String, OutcomeLink>as(SentinelTopology.SEIZURE_PROBES_BROADCAST)
                .withKeySerde(Serdes.String()).withValueSerde(linkSerde).withNumberOfPartitions(partitions)
                .withStreamPartitioner(Broadcasts.everyPartition()))
            .process(() -> new SeizureLinkFinder(parts.coordination().outcomeLookBack(),
                    parts.coordination().outcomeLinkRetention()), Named.as("seizure-link-finder"),
                SentinelTopology.DECLARATION_LINK_INDEX, SentinelTopology.ALERT_STATE_STORE,
                SentinelTopology.RECENT_DECLARATIONS_STORE);
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
