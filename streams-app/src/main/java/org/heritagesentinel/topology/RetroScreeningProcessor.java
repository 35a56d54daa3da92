package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertSubject;
import org.heritagesentinel.alert.HitSuppressions;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.alert.ScreeningRecords;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.ContextHits;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.ImportBatchTally;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.retro.ImportBatches;
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
 * alerted live (or by an earlier retro pass) is never alerted twice. The changes of a bulk import
 * are capped together, and what the cap held back is reported in a summary alert ({@link ImportBatches}).
 */
final class RetroScreeningProcessor implements Processor<String, WatchlistEntry, String, Screened> {
    private static final Logger log = LoggerFactory.getLogger(RetroScreeningProcessor.class);
    private static final Duration SUMMARY_CHECK = Duration.ofSeconds(10);

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
    private KeyValueStore<String, ImportBatchTally> batches;
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
        this.batches = context.getStateStore(SentinelTopology.RETRO_IMPORT_BATCHES_STORE);
        context.schedule(SUMMARY_CHECK, PunctuationType.WALL_CLOCK_TIME, this::summariseImports);
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
        // the global thread may not have applied the change yet: screening must see it now; or it may
        // already have delisted the entry, and then the change raises nothing
        if (!index.upsertIfNewer(entry)) {
            return;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Optional<ImportBatchTally> batch = ImportBatches.batchOf(record.headers()).map(id -> {
            ImportBatchTally tally = batches.get(id);
            return tally != null ? tally : ImportBatches.start(id, entry.getListingAuthority(), now);
        });
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
            Optional<Hit> hit = RetroScreening.hitOn(result.hits(), entry.getEntryId());
            if (hit.isEmpty()) {
                continue;
            }
            AlertSubject subject = DeclarationSubjects.of(key, declaration, result, recipients);
            AlertLifecycle.Decision decision = lifecycle.decide(subject, result, states.get(key));
            if (decision.stale() || decision.alert().isEmpty()) {
                continue;
            }
            if (batch.isPresent() && !retro.importBatches().admit(batch.get(), hit.get(), key, now)) {
                continue;
            }
            states.put(key, decision.state());
            Alert alert = retro.mark(decision.alert().get(), declaration, now);
            ScreeningRecord proof = records.of(subject, result, Optional.of(alert), decision.state(), now, true);
            context.forward(new Record<>(key, Screened.of(alert, proof, declaration), record.timestamp()));
            raised++;
        }
        batch.ifPresent(tally -> batches.put(tally.getBatchId(), tally));
        if (raised > 0) {
            log.info("Retro-screening of {} r{} raised {} alerts", entry.getEntryId(), entry.getRevision(), raised);
        }
    }

    /** Raises the summary alert of every bulk import gone quiet with matches held back; forgets old imports. */
    private void summariseImports(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        ImportBatches policy = retro.importBatches();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, ImportBatchTally> all = batches.all()) {
            while (all.hasNext()) {
                ImportBatchTally tally = all.next().value;
                if (policy.summaryDue(tally, now)) {
                    Alert summary = policy.summarise(tally, context.taskId().partition(), now);
                    batches.put(tally.getBatchId(), tally);
                    log.warn("{}", summary.getSummary());
                    context.forward(new Record<>(summary.getSubjectKey(), new Screened(summary, null, List.of()), wallClockMs));
                } else if (policy.expired(tally, now)) {
                    expired.add(tally.getBatchId());
                }
            }
        }
        expired.forEach(batches::delete);
    }
}
