package org.heritagesentinel.console.view;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

import org.heritagesentinel.alert.DecisionBasis;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.ContractSerdes;
import org.heritagesentinel.serde.SentinelSerdes;

/**
 * Publishes an analyst's decision to the authority's decision topic, keyed by the alert's subject key, with
 * the number of decisions the analyst saw; then reads it back to tell whether it counted or another
 * analyst's decision came first (the topic's order decides, the same on every instance).
 */
public final class DecisionDesk implements AutoCloseable {
    private static final Duration READ_BACK = Duration.ofSeconds(15);
    private final SentinelConfig config;
    private final ConsoleView view;
    private final Clock clock;
    private final KafkaProducer<String, AlertDecision> producer;

    public enum Verdict { COUNTED, SUPERSEDED }

    public DecisionDesk(SentinelConfig config, SentinelSerdes serdes, ConsoleView view, Clock clock) {
        this.config = config;
        this.view = view;
        this.clock = clock;
        Properties props = ClientProperties.producer(config);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        ContractSerdes contracts = new ContractSerdes(serdes);
        this.producer = new KafkaProducer<>(props, contracts.key(TopicCatalogue.AUTHORITY_DECISIONS).serializer(),
            contracts.value(TopicCatalogue.AUTHORITY_DECISIONS).serializer());
    }

    /** {@code user} is the signed-in account: never a name typed into the form. */
    public Verdict decide(CaseFile file, Account user, DecisionKind kind, String assignee, String reason, int basis)
        throws InterruptedException, TimeoutException, ExecutionException {
        AlertDecision decision = AlertDecision.newBuilder().setAlertId(file.alertId()).setKind(kind)
            .setAnalyst(user.username()).setAuthority(user.authority()).setAssignee(assignee).setReason(reason)
            .setDecidedAt(clock.instant()).build();
        String topic = config.topics().decisionsFor(user.authority());
        ProducerRecord<String, AlertDecision> record = new ProducerRecord<>(topic, file.alert().getSubjectKey(), decision);
        record.headers().add(DecisionBasis.HEADER, DecisionBasis.encode(basis));
        RecordMetadata written = producer.send(record).get();
        view.awaitApplied(new TopicPartition(topic, written.partition()), written.offset(), READ_BACK);
        boolean counted = view.book(user.authority()).flatMap(b -> b.verdict(
            ConsoleView.recordId(topic, written.partition(), written.offset()))).orElse(false);
        return counted ? Verdict.COUNTED : Verdict.SUPERSEDED;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
