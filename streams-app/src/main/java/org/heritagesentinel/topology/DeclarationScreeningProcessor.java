package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertSubject;
import org.heritagesentinel.alert.HitSuppressions;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.alert.ScreeningRecords;
import org.heritagesentinel.avro.ContextHits;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.metrics.ThreadCpuClock;
import org.heritagesentinel.retro.RetroScreening;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.WarningReasons;
import org.heritagesentinel.time.EventTimePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens each declaration against the watchlist and turns the result into at most one alert
 * record, keeping per declaration what was last decided so replays emit nothing new. Declarations
 * of the retro window are remembered, indexed by retro key, for retro-screening.
 */
final class DeclarationScreeningProcessor implements Processor<String, CustomsDeclaration, String, Screened> {
    private static final Logger log = LoggerFactory.getLogger(DeclarationScreeningProcessor.class);
    private static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);

    private final DeclarationScreener screener;
    private final AlertLifecycle lifecycle;
    private final RecipientResolver recipients;
    private final EventTimePolicy eventTime;
    private final RetroScreening retro;
    private final ScreeningRecords records;
    private final SentinelMetrics metrics;
    private ProcessorContext<String, Screened> context;
    private KeyValueStore<String, ScreeningState> states;
    private RecentDeclarations recent;
    private DeclarationLinkIndex links;
    private KeyValueStore<String, ContextHits> contextHits;
    private HitSuppressions suppressions;

    DeclarationScreeningProcessor(DeclarationScreener screener, AlertLifecycle lifecycle, RecipientResolver recipients,
                                  EventTimePolicy eventTime, RetroScreening retro, ScreeningRecords records,
                                  SentinelMetrics metrics) {
        this.records = records;
        this.metrics = metrics;
        this.screener = screener;
        this.lifecycle = lifecycle;
        this.recipients = recipients;
        this.eventTime = eventTime;
        this.retro = retro;
    }

    @Override
    public void init(ProcessorContext<String, Screened> context) {
        this.context = context;
        this.states = context.getStateStore(SentinelTopology.ALERT_STATE_STORE);
        this.contextHits = context.getStateStore(SentinelTopology.DECLARATION_CONTEXT_STORE);
        this.links = new DeclarationLinkIndex(context.getStateStore(SentinelTopology.DECLARATION_LINK_INDEX));
        this.suppressions = SafeScreening.suppressions(context);
        this.recent = new RecentDeclarations(context.getStateStore(SentinelTopology.RECENT_DECLARATIONS_STORE),
            context.getStateStore(SentinelTopology.RECENT_DECLARATION_KEYS_STORE), retro.keys());
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, ts -> {
            int expired = recent.expire(retro.horizon(Instant.ofEpochMilli(ts)));
            if (expired > 0) {
                log.debug("{} declarations left the retro window", expired);
            }
        });
    }

    /** Kafka Streams closes every processor of the task together, so one of them releasing the index is enough. */
    @Override
    public void close() {
        if (recent != null) {
            recent.release();
        }
    }

    /** Every declaration read is screened (processed) or, thrown out of here, dead-lettered: the counts reconcile. */
    @Override
    public void process(Record<String, CustomsDeclaration> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        metrics.recordIn(topic);
        RefusedRecordException.requireKey(record.key(), "declaration");
        screen(record);
        metrics.recordProcessed(topic);
    }

    private void screen(Record<String, CustomsDeclaration> record) {
        String key = record.key();
        Instant ingested = IngestionTime.take(record.headers());
        ScreeningState previous = states.get(key);
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        AlertLifecycle.Decision decision;
        AlertSubject subject = null;
        ScreeningResult result = null;
        Instant at = now;
        if (record.value() == null) {
            decision = lifecycle.withdraw(SubjectType.DECLARATION, key, previous, Instant.ofEpochMilli(record.timestamp()),
                SourceHeaders.withdrawnVersion(record.headers()));
            recent.forget(key);
            contextHits.delete(key);
        } else {
            CustomsDeclaration declaration = record.value();
            at = eventTime.orNow(declaration.getAcceptedAt(), now);
            result = screen(key, declaration, at, now);
            subject = DeclarationSubjects.of(key, declaration, result, recipients);
            decision = lifecycle.decide(subject, result, previous);
            metrics.declarationScreened(declaration.getAuthority());
            result.warnings().forEach(w -> metrics.validationWarning(WarningReasons.of(w)));
            if (ingested != null && eventTime.isPlausible(declaration.getAcceptedAt(), now)) {
                metrics.sourceLag(Duration.between(declaration.getAcceptedAt(), ingested));
            }
        }
        if (decision.stale()) {
            log.info("Declaration {} version {} is older than the screened version {}: ignored", key,
                record.value().getVersion(), previous.getSubjectVersion());
            return;
        }
        // an initial snapshot of old declarations: screened for retro state, never alerted live
        boolean replay = record.value() != null && SourceHeaders.isReplay(record.headers());
        if (replay) {
            decision = new AlertLifecycle.Decision(Optional.empty(), AlertLifecycle.silently(decision, previous),
                false);
        }
        if (decision.state() != null) {
            states.put(key, record.value() == null ? decision.state() : linked(key, record.value(), decision.state(), at));
        }
        if (record.value() != null && retro.isRecent(record.value(), now)) {
            recent.remember(key, record.value());
        }
        ScreeningRecord proof = subject == null ? null
            : records.of(subject, result, decision.alert(), decision.state(), now, false);
        if (decision.alert().isPresent() && ingested != null) {
            metrics.screeningLatency(Duration.between(ingested, now));
        }
        if (proof != null || decision.alert().isPresent()) {
            context.forward(record.withValue(Screened.of(decision.alert().orElse(null), proof, record.value())));
        }
    }

    /** Indexes the declaration for outcome linking; its alert state keeps the link keys the index is rebuilt from. */
    private ScreeningState linked(String key, CustomsDeclaration declaration, ScreeningState state, Instant at) {
        List<String> linkKeys = DeclarationLinkIndex.keysOf(declaration);
        links.index(key, linkKeys, at);
        return linkKeys.equals(state.getLinkKeys()) ? state : ScreeningState.newBuilder(state).setLinkKeys(linkKeys).build();
    }

    private ScreeningResult screen(String key, CustomsDeclaration declaration, Instant at, Instant now) {
        long cpuBefore = ThreadCpuClock.now();
        ScreeningResult result = SafeScreening.screen(screener, key, declaration, at, now,
            SafeScreening.contextHits(contextHits, key), suppressions);
        metrics.screeningCpu(ThreadCpuClock.now() - cpuBefore);
        return result;
    }
}
