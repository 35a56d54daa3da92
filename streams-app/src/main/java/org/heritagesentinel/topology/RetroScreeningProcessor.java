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
import org.heritagesentinel.avro.RetroProgress;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.retro.ImportBatches;
import org.heritagesentinel.retro.RetroBudget;
import org.heritagesentinel.retro.RetroPass;
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
 * A change with many candidates is screened in passes of at most {@code retro.max-time-per-pass}, so live
 * declarations of the task are screened between them; where it stopped waits in the same store, which the
 * punctuation resumes ({@link RetroPass}).
 */
final class RetroScreeningProcessor implements Processor<String, WatchlistEntry, String, Screened> {
    private static final Logger log = LoggerFactory.getLogger(RetroScreeningProcessor.class);
    private static final Duration SUMMARY_CHECK = Duration.ofSeconds(10);
    static final Duration PENDING_CHECK = RetroBudget.RESUME_PERIOD;
    /** Far longer than the global thread lags even while a large list loads: only a change it will never apply waits this long. */
    static final Duration PENDING_LIMIT = Duration.ofMinutes(15);

    private final DeclarationScreener screener;
    private final AlertLifecycle lifecycle;
    private final RecipientResolver recipients;
    private final RetroScreening retro;
    private final WatchlistIndex index;
    private final ScreeningRecords records;
    private final SentinelMetrics metrics;
    private ProcessorContext<String, Screened> context;
    private KeyValueStore<String, ScreeningState> states;
    private RecentDeclarations recent;
    private KeyValueStore<String, ContextHits> contextHits;
    private KeyValueStore<String, ImportBatchTally> batches;
    private KeyValueStore<String, PendingRetroChange> pending;
    private HitSuppressions suppressions;
    private RetroProbe probe;

    RetroScreeningProcessor(DeclarationScreener screener, AlertLifecycle lifecycle, RecipientResolver recipients,
                            RetroScreening retro, WatchlistIndex index, ScreeningRecords records, SentinelMetrics metrics) {
        this.records = records;
        this.metrics = metrics;
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
            Instant.ofEpochMilli(record.timestamp()), now, null);
        PendingRetroChange underWay = pending.get(pendingKey(entry));
        if (underWay != null && underWay.getProgress() != null) {
            return; // a broadcast replayed after a restart: its retro-screening goes on where it stopped
        }
        switch (index.listing(entry.getEntryId(), entry.getRevision())) {
            case LISTED -> screen(pendingKey(entry), change, retro.budget().start(), now);
            case DELISTED -> log.debug("Retro-screening of {} r{} skipped: delisted since", entry.getEntryId(), entry.getRevision());
            // the global thread has not applied the change yet: screening must wait until it has
            case NOT_YET_APPLIED -> pending.put(pendingKey(entry), change);
        }
    }

    private static String pendingKey(WatchlistEntry entry) {
        return entry.getEntryId() + "#" + entry.getRevision();
    }

    /**
     * Screens the changes that were waiting for the global thread once the index holds them, and resumes
     * those whose retro-screening yielded, all within one pass's time; drops those delisted since, and those
     * the index never applied within {@link #PENDING_LIMIT} (a change replayed after a restart whose entry
     * was delisted and compacted away meanwhile).
     */
    private void screenPending(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        RetroBudget.Pass pass = retro.budget().resume(wallClockMs);
        long left = 0;
        List<KeyValue<String, PendingRetroChange>> waiting = new ArrayList<>();
        try (KeyValueIterator<String, PendingRetroChange> all = pending.all()) {
            all.forEachRemaining(waiting::add);
        }
        for (KeyValue<String, PendingRetroChange> kv : waiting) {
            PendingRetroChange change = kv.value;
            WatchlistEntry entry = change.getEntry();
            switch (index.listing(entry.getEntryId(), entry.getRevision())) {
                case LISTED -> {
                    if (pass.spent()) {
                        // the thread's pass went to other changes: this one waits for the next, as it was
                        left += change.getProgress() == null ? 0 : change.getProgress().getLeft();
                        continue;
                    }
                    RetroPass.Turn turn = screen(kv.key, change, pass, now);
                    if (turn.ending() == RetroPass.Ending.YIELDED) {
                        left += turn.left();
                        continue;
                    }
                }
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
        metrics.retroCandidatesLeft(context.taskId().toString(), left);
    }

    /**
     * Re-screens, within {@code pass}, this task's recent declarations that share a retro key with the changed
     * entry, from where the change's retro-screening stopped; a change that yields is kept under {@code pendingKey}
     * with its progress.
     */
    private RetroPass.Turn screen(String pendingKey, PendingRetroChange change, RetroBudget.Pass pass, Instant now) {
        WatchlistEntry entry = change.getEntry();
        Optional<ImportBatchTally> batch = Optional.ofNullable(change.getImportBatch()).map(id -> {
            ImportBatchTally tally = batches.get(id);
            return tally != null ? tally : ImportBatches.start(id, entry.getListingAuthority(), now);
        });
        Set<String> candidates = recent.candidates(retro.keys().forEntry(entry), retro.maxCandidatesPerChange());
        RetroProgress from = change.getProgress();
        RetroPass.Turn turn = retro.pass().resume(from, candidates, pass, key -> lookAt(key, change, batch, now));
        batch.ifPresent(tally -> batches.put(tally.getBatchId(), tally));
        if (from != null && turn.advanced()) {
            metrics.retroPassResumed();
        }
        RetroProgress progress = turn.progress();
        switch (turn.ending()) {
            case YIELDED -> {
                if (turn.advanced()) {
                    if (from == null) {
                        metrics.retroChangeDeferred();
                        log.info("Retro-screening of {} r{} yields its task after {} candidates in {} ms (at most {} per "
                            + "pass); {} left, resumed where it stopped every {}", entry.getEntryId(), entry.getRevision(),
                            progress.getLooked(), pass.elapsed().toMillis(), retro.budget().maxTimePerPass(), turn.left(),
                            PENDING_CHECK);
                    }
                    pending.put(pendingKey, PendingRetroChange.newBuilder(change).setProgress(progress).build());
                }
            }
            case CAPPED -> log.warn("Retro-screening of {} r{} stopped at the cap of {} alerts ({} candidates not looked at)",
                entry.getEntryId(), entry.getRevision(), retro.maxAlertsPerChange(), turn.left());
            case FINISHED -> log.debug("Retro-screening of {} r{} finished in {} passes", entry.getEntryId(),
                entry.getRevision(), progress.getPasses());
        }
        if (turn.ending() != RetroPass.Ending.YIELDED) {
            reportEnd(entry, progress);
        }
        return turn;
    }

    private void reportEnd(WatchlistEntry entry, RetroProgress progress) {
        if (progress.getAlerted() > 0) {
            log.info("Retro-screening of {} r{} raised {} alerts", entry.getEntryId(), entry.getRevision(), progress.getAlerted());
        }
        if (progress.getAgedOut() > 0) {
            metrics.retroCandidatesAgedOut(progress.getAgedOut());
            log.warn("Retro-screening of {} r{} reached {} declarations only after they had left the retro window "
                + "(retro.window): not re-screened against the entry", entry.getEntryId(), entry.getRevision(),
                progress.getAgedOut());
        }
    }

    /** Re-screens one candidate, raising the retro alert the change's entry calls for. */
    private RetroPass.Verdict lookAt(String key, PendingRetroChange change, Optional<ImportBatchTally> batch, Instant now) {
        WatchlistEntry entry = change.getEntry();
        CustomsDeclaration declaration = recent.get(key);
        if (declaration == null) {
            return RetroPass.Verdict.NOTHING;
        }
        if (!retro.isRecent(declaration, now)) {
            return retro.notRecent(declaration, change.getReceivedAt());
        }
        List<Hit> earlierHits = SafeScreening.contextHits(contextHits, key);
        if (!probe.mayHit(entry, new ScreeningSubject(key, declaration, declaration.getAcceptedAt()), earlierHits, now)) {
            return RetroPass.Verdict.NOTHING;
        }
        ScreeningResult result = SafeScreening.screen(screener, key, declaration, declaration.getAcceptedAt(), now,
            earlierHits, suppressions);
        Optional<Hit> hit = RetroScreening.hitOn(result.hits(), entry.getEntryId());
        if (hit.isEmpty()) {
            return RetroPass.Verdict.NOTHING;
        }
        AlertSubject subject = DeclarationSubjects.of(key, declaration, result, recipients);
        AlertLifecycle.Decision decision = lifecycle.decide(subject, result, states.get(key));
        if (decision.stale() || decision.alert().isEmpty()) {
            return RetroPass.Verdict.NOTHING;
        }
        if (batch.isPresent() && !retro.importBatches().admit(batch.get(), hit.get(), key, now)) {
            return RetroPass.Verdict.NOTHING;
        }
        states.put(key, decision.state());
        Alert alert = retro.mark(decision.alert().get(), declaration, now);
        ScreeningRecord proof = records.of(subject, result, Optional.of(alert), decision.state(), now, true);
        context.forward(new Record<>(key, Screened.of(alert, proof, declaration), change.getChangedAt().toEpochMilli()));
        return RetroPass.Verdict.ALERTED;
    }

    @Override
    public void close() {
        if (context != null) {
            metrics.retroCandidatesLeft(context.taskId().toString(), 0);
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
