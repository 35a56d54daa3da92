package org.heritagesentinel.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.ExchangeRate;
import org.heritagesentinel.money.ExchangeRates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global exchange-rate store and the in-memory rate table in step. Runs on the global
 * thread, so it never throws; the table is rebuilt from the store on start (see decision 3).
 */
public final class ExchangeRateTableProcessor implements Processor<String, ExchangeRate, Void, Void> {
    private static final Logger log = LoggerFactory.getLogger(ExchangeRateTableProcessor.class);

    private final String storeName;
    private final ExchangeRates rates;
    private KeyValueStore<String, ExchangeRate> store;

    public ExchangeRateTableProcessor(String storeName, ExchangeRates rates) {
        this.storeName = storeName;
        this.rates = rates;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        rates.clear();
        try (KeyValueIterator<String, ExchangeRate> all = store.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null) {
                    rates.put(kv.value);
                }
            });
        }
    }

    @Override
    public void process(Record<String, ExchangeRate> record) {
        try {
            if (record.value() == null) {
                if (record.key() != null) {
                    store.delete(record.key());
                    rates.remove(record.key());
                }
                return;
            }
            ExchangeRate rate = record.value();
            if (rate.getRate() == null || rate.getRate().signum() <= 0 || rate.getValidOn() == null) {
                log.warn("Exchange rate {} without a positive rate or a day ignored", record.key());
                return;
            }
            store.put(ExchangeRates.key(rate), rate);
            rates.put(rate);
        } catch (RuntimeException e) {
            log.error("Exchange rate {} could not be applied and was skipped", record.key(), e);
        }
    }
}
