package org.heritagesentinel.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.time.PlausibleEventTimeExtractor;

/** Declaration screening: one pass per declaration, one alert record at most. */
final class DeclarationTopology {
    private DeclarationTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts) {
        screenDeclarations(builder, parts);
    }

    private static void screenDeclarations(StreamsBuilder builder, SentinelTopology.Parts parts) {
        Topics topics = parts.topics();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.ALERT_STATE_STORE),
            Serdes.String(), new InternalAvroSerde<>(ScreeningState.class)));
        Serde<CustomsDeclaration> declarationSerde = parts.serdes().value(CustomsDeclaration.class);
        PlausibleEventTimeExtractor<CustomsDeclaration> acceptanceTime = new PlausibleEventTimeExtractor<>(
            CustomsDeclaration.class, CustomsDeclaration::getAcceptedAt, parts.eventTime());
        builder.stream(topics.declarations(), Consumed.with(Serdes.String(), declarationSerde)
                .withTimestampExtractor(acceptanceTime).withName("declarations-source"))
            .process(() -> new DeclarationScreeningProcessor(SentinelTopology.ALERT_STATE_STORE, parts.screener(), parts.lifecycle(),
                parts.recipients(), parts.eventTime(), parts.metrics()), Named.as("declaration-screening"), SentinelTopology.ALERT_STATE_STORE)
            .to(topics.alerts(), Produced.with(Serdes.String(), parts.serdes().value(Alert.class)).withName("alerts-sink"));
    }
}
