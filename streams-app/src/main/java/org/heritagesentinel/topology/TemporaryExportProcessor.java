package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.ContextHit;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.TemporaryExport;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.Evidences;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * TEMP_EXPORT_OVERDUE: the register of temporary export licences, per licence. Exports open a
 * licence, re-imports quoting it close it; a wall-clock punctuator raises, once per live profile, a
 * hit on the export declaration of every licence past its re-import date (plus the profile's
 * {@code grace}, default none). Wall clock, because the deadline passes whether or not traffic flows.
 */
final class TemporaryExportProcessor implements Processor<String, TemporaryExport, String, ContextHit> {
    /** A scan of the open licences (few) every minute: an overdue one shows a minute after its re-import day has passed. */
    static final Duration CHECK_EVERY = Duration.ofMinutes(1);
    /** Closed licences are kept a year after their date, so a late export record still finds its re-import. */
    private static final Duration KEEP_CLOSED = Duration.ofDays(365);

    private final WatchlistIndex index;
    private ProcessorContext<String, ContextHit> context;
    private KeyValueStore<String, TemporaryExport> store;

    TemporaryExportProcessor(WatchlistIndex index) {
        this.index = index;
    }

    @Override
    public void init(ProcessorContext<String, ContextHit> context) {
        this.context = context;
        this.store = context.getStateStore(SentinelTopology.TEMPORARY_EXPORT_STORE);
        context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, this::checkOverdue);
    }

    @Override
    public void process(Record<String, TemporaryExport> record) {
        TemporaryExport update = record.value();
        if (record.key() == null || update == null) {
            return;
        }
        TemporaryExport known = store.get(record.key());
        if (update.getReimported()) {
            TemporaryExport closed = known == null ? update : TemporaryExport.newBuilder(known).setReimported(true).build();
            store.put(record.key(), closed);
            return;
        }
        TemporaryExport.Builder opened = TemporaryExport.newBuilder(update);
        if (known != null) {
            opened.setReimported(known.getReimported()).setFlagged(known.getFlagged());
        }
        store.put(record.key(), opened.build());
    }

    private void checkOverdue(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<KeyValue<String, TemporaryExport>> changed = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, TemporaryExport> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, TemporaryExport> kv = all.next();
                TemporaryExport licence = kv.value;
                if (licence.getReimported()) {
                    if (licence.getReimportBy().plusDays(KEEP_CLOSED.toDays()).isBefore(today)) {
                        expired.add(kv.key);
                    }
                    continue;
                }
                List<String> flagged = new ArrayList<>(licence.getFlagged());
                for (WatchlistEntry profile : LiveProfiles.covering(index, RuleType.TEMP_EXPORT_OVERDUE, licence.getHsCodes(), now)) {
                    LocalDate due = licence.getReimportBy().plusDays(LiveProfiles.duration(profile, "grace", Duration.ZERO).toDays());
                    if (!today.isAfter(due) || flagged.contains(profile.getEntryId())) {
                        continue;
                    }
                    flagged.add(profile.getEntryId());
                    Hit hit = LiveProfiles.hit(profile, Evidences.of("documents[TEMPORARY_EXPORT_LICENCE]", licence.getLicence(),
                        "re-import by " + due, "licence-overdue"));
                    hit.setExplanation(hit.getExplanation() + " — temporary export licence " + licence.getLicence()
                        + " not re-imported by " + due);
                    context.forward(new Record<>(licence.getDeclarationKey(), ContextHit.newBuilder()
                        .setDeclarationKey(licence.getDeclarationKey()).setHit(hit).setDeclaration(licence.getDeclaration())
                        .build(), wallClockMs));
                }
                if (flagged.size() > licence.getFlagged().size()) {
                    changed.add(KeyValue.pair(kv.key, TemporaryExport.newBuilder(licence).setFlagged(flagged).build()));
                }
            }
        }
        changed.forEach(kv -> store.put(kv.key, kv.value));
        expired.forEach(store::delete);
    }
}
