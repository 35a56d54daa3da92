package org.heritagesentinel.connectors.it;

import org.heritagesentinel.embedded.EmbeddedKafka;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka cluster of the end-to-end tests. By default the app's embedded KRaft broker (no Docker
 * anywhere in the default build); with {@code -Dsentinel.kafka=testcontainers}, on a machine with
 * Docker, the official {@code apache/kafka} image through Testcontainers
 * ({@code -Dsentinel.kafka.image} overrides the tag).
 */
interface TestKafka extends AutoCloseable {

    String MODE_PROPERTY = "sentinel.kafka";
    String IMAGE_PROPERTY = "sentinel.kafka.image";

    String bootstrapServers();

    @Override
    void close();

    static TestKafka start() {
        if ("testcontainers".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, "embedded"))) {
            KafkaContainer container = new KafkaContainer(System.getProperty(IMAGE_PROPERTY, "apache/kafka:4.3.1"));
            container.start();
            return new TestKafka() {
                @Override
                public String bootstrapServers() {
                    return container.getBootstrapServers();
                }

                @Override
                public void close() {
                    container.stop();
                }
            };
        }
        EmbeddedKafka embedded = EmbeddedKafka.start();
        return new TestKafka() {
            @Override
            public String bootstrapServers() {
                return embedded.bootstrapServers();
            }

            @Override
            public void close() {
                embedded.close();
            }
        };
    }
}
