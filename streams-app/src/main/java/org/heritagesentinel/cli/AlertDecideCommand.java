package org.heritagesentinel.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.heritagesentinel.alert.DecisionValidator;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.contract.RecordKeys;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sentinel alerts decide ALERT_ID --ack|--assign WHO|--dismiss REASON|--seized|--clean}: an
 * analyst's decision, keyed like the alert (its subject key), found on the authority's own alert view
 * and published to the authority's own decision topic: the two topics its principal is granted.
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Publish a decision on an alert (acknowledge, assign, dismiss, inspected: seized or clean).")
final class AlertDecideCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ALERT_ID")
    String alertId;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;
    @Option(names = "--reason", description = "Why (required by --dismiss, which takes it as its value).")
    String reason;
    @Option(names = "--analyst", required = true, description = "Who decides (user name).")
    String analyst;
    @Option(names = "--authority", required = true, description = "The analyst's authority, e.g. JO: the alert is "
        + "looked up on its alert view, the decision goes to its own decision topic.")
    String authority;
    @Option(names = "--days", defaultValue = "30", description = "How far back to look for the alert (default 30).")
    int days;

    /** Exactly one decision. */
    static final class Choice {
        @Option(names = "--ack", description = "Acknowledge: stops the escalation clock.")
        boolean acknowledge;
        @Option(names = "--assign", paramLabel = "ASSIGNEE", description = "Assign to an officer or team.")
        String assignee;
        @Option(names = "--dismiss", paramLabel = "REASON", description = "Dismiss; its pairs raise no hit for the suppression period.")
        String dismissal;
        @Option(names = "--seized", description = "Inspected: goods seized (confirms the alert).")
        boolean seized;
        @Option(names = "--clean", description = "Inspected: nothing found; its pairs are suppressed like a dismissal.")
        boolean clean;

        DecisionKind kind() {
            if (acknowledge) {
                return DecisionKind.ACKNOWLEDGED;
            }
            if (assignee != null) {
                return DecisionKind.ASSIGNED;
            }
            if (dismissal != null) {
                return DecisionKind.DISMISSED;
            }
            return seized ? DecisionKind.INSPECTED_SEIZED : DecisionKind.INSPECTED_CLEAN;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        SentinelConfig settings = config.loadReachable(true);
        PrintWriter out = spec.commandLine().getOut();
        String code = authority.trim().toUpperCase(Locale.ROOT);
        String view = TopicCatalogue.AUTHORITY_ALERTS.name(settings.topics(), code);
        String decisions = TopicCatalogue.AUTHORITY_DECISIONS.name(settings.topics(), code);
        AtomicReference<Alert> found = new AtomicReference<>();
        TopicReader.read(settings, TopicCatalogue.AUTHORITY_ALERTS, code, Instant.now().minus(Duration.ofDays(days)),
            (key, alert) -> {
                if (alert != null && alertId.equals(alert.getAlertId())) {
                    found.set(alert);
                }
            });
        if (found.get() == null) {
            out.println("alert " + alertId + " not found on " + view + " in the last " + days + " days");
            return 1;
        }
        String key = RecordKeys.alertDecision(found.get());
        AlertDecision decision = AlertDecision.newBuilder()
            .setAlertId(alertId)
            .setKind(choice.kind())
            .setAnalyst(analyst)
            .setAuthority(code)
            .setAssignee(choice.assignee)
            .setReason(choice.dismissal != null ? choice.dismissal : reason)
            .setDecidedAt(Instant.now())
            .build();
        List<String> problems = DecisionValidator.problems(key, decision, code);
        if (!problems.isEmpty()) {
            out.println("decision refused: " + String.join("; ", problems));
            return 1;
        }
        try (KafkaProducer<String, AlertDecision> producer = Producers.of(settings, TopicCatalogue.AUTHORITY_DECISIONS)) {
            producer.send(new ProducerRecord<>(decisions, key, decision)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            out.println("decision not sent: " + e.getMessage());
            return 2;
        }
        out.println(decision.getKind() + " sent for " + alertId + " (" + key + ") to " + decisions);
        return 0;
    }
}
