package org.heritagesentinel.topology;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertSubject;
import org.heritagesentinel.alert.HitSuppressions;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.alert.ScreeningRecords;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.ContextHits;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.retro.RecentDeclarations;
import org.heritagesentinel.retro.RetroScreening;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retro-screening: a watchlist change, broadcast to every partition of the declarations' layout,
 * re-screens this task's recent declarations that share a retro key with the entry. It runs in the
 * declaration task and decides through the same alert state as live screening, so a hit already
 * alerted live (or by an earlier retro pass) is never alerted twice.
 */
final class RetroScreeningProcessor implements Processor<String, WatchlistEntry, String, Screened> {
    private static final Logger log = LoggerFactory.getLogger(RetroScreeningProcessor.class);

    private final DeclarationScreener screener;
    private final AlertLifecycle lifecycle;
    private final RecipientResolver recipients;
    private final RetroScreening retro;
    private final WatchlistIndex index;
    private final ScreeningRecords records;
    private ProcessorContext<String, Screened> context;
    private KeyValueStore<String, ScreeningState> states;
    private RecentDeclarations recent;
    private KeyValueStore<String, ContextHits> contextHits;
    private HitSuppressions suppressions;

    RetroScreeningProcessor(DeclarationScreener screener, AlertLifecycle lifecycle, RecipientResolver recipients,
                            RetroScreening retro, WatchlistIndex index, ScreeningRecords records) {
        this.records = records;
        this.screener = screener;
        this.lifecycle = lifecycle;
        this.recipients = recipients;
        this.retro = retro;
        this.index = index;
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
    public void process(Record<String, WatchlistEntry> record) {
        WatchlistEntry entry = record.value();
        if (!retro.raisesAlerts(entry)) {
            return;
        }
        // the global thread may not have applied the change yet: screening must see it now
        index.upsertIfNewer(entry);
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Set<String> candidates = recent.candidates(retro.keys().forEntry(entry), retro.maxCandidatesPerChange());
        int raised = 0;
        for (String key : candidates) {
            if (raised >= retro.maxAlertsPerChange()) {
                log.warn("Retro-screening of {} r{} stopped at the cap of {} alerts ({} candidates)", entry.getEntryId(),
                    entry.getRevision(), retro.maxAlertsPerChange(), candidates.size());
                break;
            }
            CustomsDeclaration declaration = recent.get(key);
            if (declaration == null || !retro.isRecent(declaration, now)) {
                continue;
            }
            ScreeningResult result = SafeScreening.screen(screener, key, declaration, declaration.getAcceptedAt(), now,
                SafeScreening.contextHits(contextHits, key), suppressions);
            if (!RetroScreening.hitsEntry(result.hits(), entry.getEntryId())) {
                continue;
            }
            AlertSubject subject = DeclarationSubjects.of(key, declaration, result, recipients);
            AlertLifecycle.Decision decision = lifecycle.decide(subject, result, states.get(key));
            if (decision.stale() || decision.alert().isEmpty()) {
                continue;
            }
            states.put(key, decision.state());
            Alert alert = retro.mark(decision.alert().get(), declaration, now);
            ScreeningRecord proof = records.of(subject, result, Optional.of(alert), decision.state(), now, true);
            context.forward(new Record<>(key, Screened.of(alert, proof, declaration), record.timestamp()));
            raised++;
        }
        if (raised > 0) {
            log.info("Retro-screening of {} r{} raised {} alerts", entry.getEntryId(), entry.getRevision(), raised);
        }
    }
}
