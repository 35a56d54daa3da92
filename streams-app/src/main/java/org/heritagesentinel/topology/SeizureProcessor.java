package org.heritagesentinel.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertSubject;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.SeizureLedger;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.seizure.SeizureIntelligence;
import org.heritagesentinel.seizure.SeizureOutput;
import org.heritagesentinel.seizure.SeizureVersions;
import org.heritagesentinel.seizure.SeizureView;

/**
 * Seizure reports: screened against the watchlist (a hit is confirmed intelligence), and turned into
 * watchlist entries of source SEIZURE. A correction replaces the entries it fed, a withdrawal removes
 * them. State is keyed by the report, not windowed, so reports entered weeks late are handled alike.
 */
final class SeizureProcessor implements Processor<String, SeizureReport, String, SeizureOutput> {
    private final DeclarationScreener screener;
    private final AlertLifecycle lifecycle;
    private final RecipientResolver recipients;
    private final SeizureIntelligence intelligence;
    private final SentinelMetrics metrics;
    private ProcessorContext<String, SeizureOutput> context;
    private KeyValueStore<String, ScreeningState> alertStates;
    private KeyValueStore<String, SeizureLedger> ledgers;

    SeizureProcessor(DeclarationScreener screener, AlertLifecycle lifecycle, RecipientResolver recipients,
                     SeizureIntelligence intelligence, SentinelMetrics metrics) {
        this.screener = screener;
        this.lifecycle = lifecycle;
        this.recipients = recipients;
        this.intelligence = intelligence;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, SeizureOutput> context) {
        this.context = context;
        this.alertStates = context.getStateStore(SentinelTopology.SEIZURE_STATE_STORE);
        this.ledgers = context.getStateStore(SentinelTopology.SEIZURE_LEDGER_STORE);
    }

    /** Every report read is applied (processed) or, thrown out of here, dead-lettered: the counts reconcile. */
    @Override
    public void process(Record<String, SeizureReport> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        metrics.recordIn(topic);
        RefusedRecordException.requireKey(record.key(), "seizure report");
        apply(record);
        metrics.recordProcessed(topic);
    }

    private void apply(Record<String, SeizureReport> record) {
        String key = record.key();
        SeizureReport report = record.value();
        SeizureLedger ledger = ledgers.get(key);
        if (SeizureVersions.isOutdated(report, ledger == null ? null : ledger.getVersion())) {
            return;
        }
        ScreeningState previous = alertStates.get(key);
        if (SeizureVersions.withdraws(report)) {
            lifecycle.withdraw(SubjectType.SEIZURE, key, previous, Instant.ofEpochMilli(record.timestamp()),
                    report == null ? -1 : report.getVersion())
                .alert().ifPresent(alert -> context.forward(record.withValue(SeizureOutput.alert(alert))));
            alertStates.delete(key);
            delist(record, ledger == null ? List.of() : ledger.getEntryIds());
            ledgers.delete(key);
            return;
        }
        screen(record, key, report, previous);
        List<WatchlistEntry> entries = intelligence.entries(key, report);
        Set<String> current = new TreeSet<>();
        for (WatchlistEntry entry : entries) {
            current.add(entry.getEntryId());
            context.forward(record.withKey(entry.getEntryId()).withValue(SeizureOutput.listing(entry)));
        }
        List<String> dropped = new ArrayList<>(ledger == null ? List.of() : ledger.getEntryIds());
        dropped.removeAll(current);
        delist(record, dropped);
        ledgers.put(key, SeizureLedger.newBuilder().setVersion(report.getVersion()).setEntryIds(new ArrayList<>(current)).build());
    }

    private void screen(Record<String, SeizureReport> record, String key, SeizureReport report, ScreeningState previous) {
        CustomsDeclaration view = SeizureView.asDeclaration(report);
        ScreeningResult result = screener.screen(new ScreeningSubject(key, view, report.getSeizedAt()),
            Instant.ofEpochMilli(context.currentSystemTimeMs()));
        String own = SeizureIntelligence.entryPrefix(key);
        List<Hit> hits = result.hits().stream().filter(h -> !h.getEntryId().startsWith(own)).toList();
        ScreeningResult filtered = result.withHits(hits, result.suppressed());
        AlertSubject subject = new AlertSubject(SubjectType.SEIZURE, key, report.getVersion(), report.getAuthority(),
            report.getSeizedAt(), recipients.recipients(view, hits), "SEIZURE (confirmed intelligence) " + report.getDetectionMethod()
                + " at " + report.getOffice());
        AlertLifecycle.Decision decision = lifecycle.decide(subject, filtered, previous);
        metrics.seizureScreened(report.getAuthority());
        if (decision.state() != null) {
            alertStates.put(key, decision.state());
        }
        decision.alert().ifPresent(alert -> {
            context.forward(record.withValue(SeizureOutput.alert(alert)));
            metrics.alertEmitted(alert.getStatus(), alert.getSeverity(), alert.getLane(), alert.getAuthority());
        });
    }

    private void delist(Record<String, SeizureReport> record, List<String> entryIds) {
        for (String entryId : entryIds) {
            context.forward(record.withKey(entryId).withValue(SeizureOutput.delisting()));
        }
    }
}
