package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.KeyValue;
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
import org.heritagesentinel.avro.PendingRetroChange;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.retro.ImportBatches;
import org.heritagesentinel.retro.RetroProbe;
import org.heritagesentinel.retro.RetroScreening;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retro-screening: a watchlist change, broadcast to every partition of the declarations' layout,
 * re-screens this task's recent declarations that share a retro key with the entry. It runs in the
 * declaration task and decides through the same alert state as live screening, so a hit already
 * alerted live (or by an earlier retro pass) is never alerted twice. The changes of a bulk import
 * are capped together, and what the cap held back is reported in a summary alert ({@link ImportBatches}).
 * A change that arrives before the global thread has applied it to the match index waits in a state
 * store (a restart does not lose it) until the index holds it; retro-screening never writes the index,
 * which the global thread alone keeps — a change replayed after a restart cannot relist a delisted entry.
 */
final class RetroScreeningProcessor implements Processor<String, WatchlistEntry, String, Screened> {
    private static final Logger log = LoggerFactory.getLogger(RetroScreeningProcessor.class);
    private static final Duration SUMMARY_CHECK = Duration.ofSeconds(10);
    static final Duration PENDING_CHECK = Duration.ofMillis(250);
    /** Far longer than the global thread lags even while a large list loads: only a change it will never apply waits this long. */
    static final Duration PENDING_LIMIT = Duration.ofMinutes(15);

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
    private KeyValueStore<String, PendingRetroChange> pending;
    private HitSuppressions suppressions;
    private RetroProbe probe;

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
        this.pending = context.getStateStore(SentinelTopology.RETRO_PENDING_STORE);
        this.probe = retro.newProbe();
        context.schedule(SUMMARY_CHECK, PunctuationType.WALL_CLOCK_TIME, this::summariseImports);
        context.schedule(PENDING_CHECK, PunctuationType.WALL_CLOCK_TIME, this::screenPending);
        this.suppressions = SafeScreening.suppressions(context);
        this.recent = new RecentDeclarations(context.getStateStore(SentinelTopology.RECENT_DECLARATIONS_STORE),
            context.getStateStore(SentinelTopology.RECENT_DECLARATION_KEYS_STORE), retro.keys());
    }

    @Override
    public void process(Record<String, WatchlistEntry> record) {
        WatchlistEntry entry = record.value();
        if (!retro.raisesAlerts(entry, record.headers().lastHeader(WatchlistAuditProcessor.REJECTION_HEADER) != null)) {
            return;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        PendingRetroChange change = new PendingRetroChange(entry, SourceHeaders.importBatch(record.headers()).orElse(null),
            Instant.ofEpochMilli(record.timestamp()), now);
        switch (index.listing(entry.getEntryId(), entry.getRevision())) {
            case LISTED -> screen(change, now);
            case DELISTED -> log.debug("Retro-screening of {} r{} skipped: delisted since", entry.getEntryId(), entry.getRevision());
            // the global thread has not applied the change yet: screening must wait until it has
            case NOT_YET_APPLIED -> pending.put(pendingKey(entry), change);
        }
    }

    private static String pendingKey(WatchlistEntry entry) {
        return entry.getEntryId() + "#" + entry.getRevision();
    }

    /**
     * Screens the changes that were waiting for the global thread once the index holds them; drops
     * those delisted since, and those the index never applied within {@link #PENDING_LIMIT} (a change
     * replayed after a restart whose entry was delisted and compacted away meanwhile).
     */
    private void screenPending(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        List<KeyValue<String, PendingRetroChange>> waiting = new ArrayList<>();
        try (KeyValueIterator<String, PendingRetroChange> all = pending.all()) {
            all.forEachRemaining(waiting::add);
        }
        for (KeyValue<String, PendingRetroChange> kv : waiting) {
            PendingRetroChange change = kv.value;
            WatchlistEntry entry = change.getEntry();
            switch (index.listing(entry.getEntryId(), entry.getRevision())) {
                case LISTED -> screen(change, now);
                case DELISTED -> log.debug("Retro-screening of {} r{} skipped: delisted since", entry.getEntryId(),
                    entry.getRevision());
                case NOT_YET_APPLIED -> {
                    if (change.getReceivedAt().plus(PENDING_LIMIT).isAfter(now)) {
                        continue;
                    }
                    log.warn("Retro-screening of {} r{} dropped: the watchlist index has not applied it {} after it was "
                        + "received (delisted and compacted away, or the global thread is stalled)", entry.getEntryId(),
                        entry.getRevision(), PENDING_LIMIT);
                }
            }
            pending.delete(kv.key);
        }
    }

    /** Re-screens this task's recent declarations that share a retro key with the changed entry. */
    private void screen(PendingRetroChange change, Instant now) {
        WatchlistEntry entry = change.getEntry();
        Optional<ImportBatchTally> batch = Optional.ofNullable(change.getImportBatch()).map(id -> {
            ImportBatchTally tally = batches.get(id);
            return tally != null ? tally : ImportBatches.start(id, entry.getListingAuthority(), now);
        });
        long timestamp = change.getChangedAt().toEpochMilli();
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
            List<Hit> earlierHits = SafeScreening.contextHits(contextHits, key);
            if (!probe.mayHit(entry, new ScreeningSubject(key, declaration, declaration.getAcceptedAt()), earlierHits, now)) {
                continue;
            }
            ScreeningResult result = SafeScreening.screen(screener, key, declaration, declaration.getAcceptedAt(), now,
                earlierHits, suppressions);
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
            context.forward(new Record<>(key, Screened.of(alert, proof, declaration), timestamp));
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
