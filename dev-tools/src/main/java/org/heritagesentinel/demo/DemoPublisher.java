package org.heritagesentinel.demo;

import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.serde.AvroSerdeFactory;

/** What the demo sends, as the declaration systems, the seizing authorities and the analysts would: thread-safe. */
public final class DemoPublisher implements AutoCloseable {
    private final SentinelConfig config;
    private final KafkaProducer<String, CustomsDeclaration> declarations;
    private final KafkaProducer<String, SeizureReport> seizures;
    private final KafkaProducer<String, AlertDecision> decisions;

    public DemoPublisher(SentinelConfig config, AvroSerdeFactory serdes) {
        this.config = config;
        this.declarations = new KafkaProducer<>(props(config), new StringSerializer(),
            serdes.value(CustomsDeclaration.class).serializer());
        this.seizures = new KafkaProducer<>(props(config), new StringSerializer(), serdes.value(SeizureReport.class).serializer());
        this.decisions = new KafkaProducer<>(props(config), new StringSerializer(), serdes.value(AlertDecision.class).serializer());
    }

    /** Sends the declaration (a new one, or an amendment of the same key); returns its key. */
    public String declare(CustomsDeclaration declaration) {
        String key = RecordKeys.declaration(declaration);
        declarations.send(new ProducerRecord<>(config.topics().declarations(), key, declaration));
        return key;
    }

    /** A tombstone: the declaration system withdrew the declaration. */
    public void withdraw(String declarationKey) {
        declarations.send(new ProducerRecord<>(config.topics().declarations(), declarationKey, null));
    }

    public String report(SeizureReport seizure) {
        String key = RecordKeys.seizure(seizure);
        seizures.send(new ProducerRecord<>(config.topics().seizures(), key, seizure));
        return key;
    }

    /** On the deciding authority's topic, keyed by the alert's subject key, as {@code sentinel alerts decide} sends it. */
    public void decide(Alert alert, AlertDecision decision) {
        decisions.send(new ProducerRecord<>(config.topics().decisionsFor(decision.getAuthority()),
            RecordKeys.alertDecision(alert), decision));
        decisions.flush();
    }

    public void flush() {
        declarations.flush();
        seizures.flush();
    }

    @Override
    public void close() {
        declarations.close();
        seizures.close();
        decisions.close();
    }

    private static Properties props(SentinelConfig config) {
        Properties props = ClientProperties.producer(config);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return props;
    }
}
