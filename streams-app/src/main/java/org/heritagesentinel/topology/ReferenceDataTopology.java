package org.heritagesentinel.topology;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.ExchangeRate;

/** Reference data every instance holds whole: dated exchange rates, as a global store with an in-memory table. */
final class ReferenceDataTopology {
    private ReferenceDataTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts) {
        var rateSerde = parts.serdes().value(ExchangeRate.class);
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.EXCHANGE_RATE_STORE),
                Serdes.String(), rateSerde).withLoggingDisabled(), parts.topics().exchangeRates(),
            Consumed.with(Serdes.String(), rateSerde).withName("exchange-rates-table"),
            () -> new ExchangeRateTableProcessor(SentinelTopology.EXCHANGE_RATE_STORE, parts.rates()));
    }
}
