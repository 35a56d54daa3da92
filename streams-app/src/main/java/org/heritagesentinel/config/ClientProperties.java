package org.heritagesentinel.config;

import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Plain Kafka client settings from the {@code kafka.*} pass-through: bootstrap servers plus every key
 * the client knows (security.protocol, sasl.*, ssl.*...), so a tool talks to a SASL/TLS cluster exactly
 * like the application. Streams-only keys are left out so the clients do not warn about them.
 */
public final class ClientProperties {
    private ClientProperties() {
    }

    public static Properties admin(SentinelConfig config) {
        return select(config, AdminClientConfig.configNames());
    }

    public static Properties consumer(SentinelConfig config) {
        return select(config, ConsumerConfig.configNames());
    }

    public static Properties producer(SentinelConfig config) {
        return select(config, ProducerConfig.configNames());
    }

    private static Properties select(SentinelConfig config, Set<String> known) {
        Properties props = new Properties();
        config.kafkaClient().forEach((key, value) -> {
            if (known.contains(key)) {
                props.put(key, value);
            }
        });
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return props;
    }
}
