package org.heritagesentinel.cli;

import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.serde.ContractSerdes;
import org.heritagesentinel.serde.SentinelSerdes;

/** Producers of the analysts' commands: acknowledged by every replica, idempotent, with the serdes of the topic's contract. */
final class Producers {
    private Producers() {
    }

    static <K, V> KafkaProducer<K, V> of(SentinelConfig settings, TopicContract<K, V> topic) {
        Properties props = ClientProperties.producer(settings);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        ContractSerdes serdes = new ContractSerdes(new SentinelSerdes(settings));
        return new KafkaProducer<>(props, serdes.key(topic).serializer(), serdes.value(topic).serializer());
    }
}
