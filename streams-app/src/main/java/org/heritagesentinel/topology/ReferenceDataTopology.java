package org.heritagesentinel.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.heritagesentinel.config.TopicCatalogue;

/** Reference data every instance holds whole: dated exchange rates, as a global store with an in-memory table. */
final class ReferenceDataTopology {
    private ReferenceDataTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts) {
        new CataloguedTopics(parts).globalStore(builder, TopicCatalogue.EXCHANGE_RATES, SentinelTopology.EXCHANGE_RATE_STORE,
            "exchange-rates-table", () -> new ExchangeRateTableProcessor(SentinelTopology.EXCHANGE_RATE_STORE, parts.rates()));
    }
}
