package org.heritagesentinel.cli;

import java.util.Properties;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SentinelSerdes;

/** Producers of the analysts' commands: acknowledged by every replica, idempotent, registry serde. */
final class Producers {
    private Producers() {
    }

    static <T extends SpecificRecord> KafkaProducer<String, T> of(SentinelConfig settings, Class<T> type) {
        Properties props = ClientProperties.producer(settings);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        return new KafkaProducer<>(props, new StringSerializer(), new SentinelSerdes(settings).value(type).serializer());
    }
}
