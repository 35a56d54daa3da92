package org.heritagesentinel.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertSubject;
import org.heritagesentinel.alert.HitSuppressions;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.alert.ScreeningRecords;
import org.heritagesentinel.avro.ContextHit;
import org.heritagesentinel.avro.ContextHits;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.retro.RetroScreening;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ScreeningResult;

/**
 * Hits of the stateful rules, back on the declaration's partition: kept with the declaration (so
 * later screenings keep them) and merged into its one alert through the shared alert state.
 */
final class ContextHitProcessor implements Processor<String, ContextHit, String, Screened> {
    private final DeclarationScreener screener;
    private final AlertLifecycle lifecycle;
    private final RecipientResolver recipients;
    private final RetroScreening retro;
    private final ScreeningRecords records;
    private ProcessorContext<String, Screened> context;
    private KeyValueStore<String, ScreeningState> states;
    private KeyValueStore<String, ContextHits> contextHits;
    private RecentDeclarations recent;
    private HitSuppressions suppressions;

    ContextHitProcessor(DeclarationScreener screener, AlertLifecycle lifecycle, RecipientResolver recipients,
                        RetroScreening retro, ScreeningRecords records) {
        this.screener = screener;
        this.lifecycle = lifecycle;
        this.recipients = recipients;
        this.retro = retro;
        this.records = records;
    }

    @Override
    public void init(ProcessorContext<String, Screened> context) {
        this.context = context;
        this.states = context.getStateStore(SentinelTopology.ALERT_STATE_STORE);
        this.contextHits = context.getStateStore(SentinelTopology.DECLARATION_CONTEXT_STORE);
        this.suppressions = SafeScreening.suppressions(context);
        this.recent = new RecentDeclarations(context.getStateStore(SentinelTopology.RECENT_DECLARATIONS_STORE),
            context.getStateStore(SentinelTopology.RECENT_DECLARATION_KEYS_STORE), retro.keys());
    }

    @Override
    public void process(Record<String, ContextHit> record) {
        String key = record.key();
        ContextHit found = record.value();
        if (key == null || found == null) {
            return;
        }
        List<Hit> kept = new ArrayList<>();
        ContextHits previous = contextHits.get(key);
        if (previous != null) {
            previous.getHits().stream().filter(h -> !(h.getRuleType() == found.getHit().getRuleType()
                && h.getEntryId().equals(found.getHit().getEntryId()))).forEach(kept::add);
        }
        kept.add(found.getHit());
        contextHits.put(key, ContextHits.newBuilder().setHits(kept).build());
        CustomsDeclaration declaration = recent.get(key);
        if (declaration == null) {
            declaration = found.getDeclaration();
        }
        if (declaration == null) {
            return; // not screened here yet: the hit joins its first screening
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        ScreeningResult result = SafeScreening.screen(screener, key, declaration, declaration.getAcceptedAt(), now, kept,
            suppressions);
        AlertSubject subject = DeclarationSubjects.of(key, declaration, result, recipients);
        AlertLifecycle.Decision decision = lifecycle.decide(subject, result, states.get(key));
        if (decision.stale() || decision.alert().isEmpty()) {
            return;
        }
        states.put(key, decision.state());
        context.forward(new Record<>(key, Screened.of(decision.alert().get(),
            records.of(subject, result, decision.alert(), decision.state(), now, false), declaration), record.timestamp()));
    }
}
