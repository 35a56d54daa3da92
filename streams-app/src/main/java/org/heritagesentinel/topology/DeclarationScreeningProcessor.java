package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertSubject;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.time.IngestionTime;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.screening.WarningReasons;
import org.heritagesentinel.time.EventTimePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens each declaration against the watchlist and turns the result into at most one alert
 * record, keeping per declaration what was last decided so replays emit nothing new.
 */
final class DeclarationScreeningProcessor implements Processor<String, CustomsDeclaration, String, Alert> {
    private static final Logger log = LoggerFactory.getLogger(DeclarationScreeningProcessor.class);

    private final String stateStoreName;
    private final DeclarationScreener screener;
    private final AlertLifecycle lifecycle;
    private final RecipientResolver recipients;
    private final EventTimePolicy eventTime;
    private final SentinelMetrics metrics;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, ScreeningState> states;

    DeclarationScreeningProcessor(String stateStoreName, DeclarationScreener screener, AlertLifecycle lifecycle,
                                  RecipientResolver recipients, EventTimePolicy eventTime, SentinelMetrics metrics) {
        this.stateStoreName = stateStoreName;
        this.screener = screener;
        this.lifecycle = lifecycle;
        this.recipients = recipients;
        this.eventTime = eventTime;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.states = context.getStateStore(stateStoreName);
    }

    @Override
    public void process(Record<String, CustomsDeclaration> record) {
        String key = record.key();
        if (key == null) {
            log.warn("Declaration without key skipped at {}", context.recordMetadata().orElse(null));
            return;
        }
        Instant ingested = IngestionTime.take(record.headers());
        ScreeningState previous = states.get(key);
        AlertLifecycle.Decision decision;
        if (record.value() == null) {
            decision = lifecycle.withdraw(SubjectType.DECLARATION, key, previous, Instant.ofEpochMilli(record.timestamp()));
        } else {
            CustomsDeclaration declaration = record.value();
            ScreeningResult result = screen(key, declaration);
            decision = lifecycle.decide(subject(key, declaration, result), result, previous);
            metrics.declarationScreened(declaration.getAuthority());
            result.warnings().forEach(w -> metrics.validationWarning(WarningReasons.of(w)));
            if (ingested != null && declaration.getAcceptedAt() != null) {
                metrics.sourceLag(Duration.between(declaration.getAcceptedAt(), ingested));
            }
        }
        if (decision.stale()) {
            log.info("Declaration {} version {} is older than the screened version {}: ignored", key,
                record.value().getVersion(), previous.getSubjectVersion());
            return;
        }
        if (decision.state() != null) {
            states.put(key, decision.state());
        }
        decision.alert().ifPresent(alert -> {
            context.forward(record.withValue(alert));
            metrics.alertEmitted(alert.getStatus(), alert.getSeverity(), alert.getLane(), alert.getAuthority());
            alert.getHits().forEach(hit -> metrics.hit(hit.getRuleType()));
            if (ingested != null) {
                metrics.screeningLatency(Duration.between(ingested, Instant.ofEpochMilli(context.currentSystemTimeMs())));
            }
        });
    }

    private AlertSubject subject(String key, CustomsDeclaration declaration, ScreeningResult result) {
        String route = declaration.getRoute().getExportCountry() + "→" + declaration.getRoute().getDestinationCountry();
        return new AlertSubject(SubjectType.DECLARATION, key, declaration.getVersion(), declaration.getAuthority(),
            declaration.getAcceptedAt(), recipients.recipients(declaration, result.hits()), declaration.getType() + " " + route);
    }

    /** A screening that fails is itself an alert: nobody may assume the shipment was cleared. */
    private ScreeningResult screen(String key, CustomsDeclaration declaration) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Instant at = eventTime.isPlausible(declaration.getAcceptedAt(), now) ? declaration.getAcceptedAt() : now;
        try {
            return screener.screen(new ScreeningSubject(key, declaration, at), now);
        } catch (RuntimeException e) {
            log.error("Screening of {} failed; raising a NOT_SCREENED alert", key, e);
            Hit notScreened = Hit.newBuilder()
                .setRuleType(RuleType.NOT_SCREENED)
                .setEntryId("screening-error")
                .setScore(50)
                .setConfidence(1.0)
                .setExplanation("declaration could not be screened (" + e.getClass().getSimpleName()
                    + "): inspect manually")
                .build();
            return new ScreeningResult(List.of(notScreened), List.of("screening failed: " + e));
        }
    }
}
