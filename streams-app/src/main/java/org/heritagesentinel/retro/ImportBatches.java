package org.heritagesentinel.retro;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritagesentinel.alert.AlertIdentity;
import org.heritagesentinel.alert.RecipientRole;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.ImportBatchTally;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.avro.SubjectType;

/**
 * Bulk imports in retro-screening. Entries published by {@code sentinel watchlist import} carry the
 * import's batch id in a header; the retro alerts one import raises are capped (the configured total,
 * spread over the declaration partitions), and the matches beyond the cap are not dropped but held
 * back and reported in one summary alert per partition to the listing authority once the import has
 * been quiet for a while, so that 50,000 new entries cannot bury the analysts under retro alerts.
 */
public final class ImportBatches {
    /** Header naming the import a watchlist submission belongs to (read by the topology's {@code SourceHeaders}). */
    public static final String HEADER = "sentinel.import-batch";
    private static final int MAX_SAMPLES = 20;

    private final int maxAlertsPerPartition;
    private final Duration quietPeriod;
    private final Duration keep;

    /**
     * @param maxAlertsPerImport retro alerts one import may raise, over all partitions
     * @param partitions         declaration partitions the cap is spread over
     * @param quietPeriod        how long an import must be silent before its summary is raised
     * @param keep               how long a batch's tally is kept after its last change (the retro window)
     */
    public ImportBatches(int maxAlertsPerImport, int partitions, Duration quietPeriod, Duration keep) {
        this.maxAlertsPerPartition = Math.max(1, (maxAlertsPerImport + partitions - 1) / partitions);
        this.quietPeriod = quietPeriod;
        this.keep = keep;
    }

    public static String newBatchId() {
        return "IMP-" + UUID.randomUUID();
    }

    public static ImportBatchTally start(String batchId, String authority, Instant now) {
        return ImportBatchTally.newBuilder().setBatchId(batchId).setAuthority(authority).setLastChangeAt(now).build();
    }

    /**
     * Counts one retro match of the batch: true when it may still alert, false when it is held
     * back (kept as a sample for the summary while there is room).
     */
    public boolean admit(ImportBatchTally tally, Hit hit, String declarationKey, Instant now) {
        tally.setLastChangeAt(now);
        if (tally.getAlerted() < maxAlertsPerPartition) {
            tally.setAlerted(tally.getAlerted() + 1);
            return true;
        }
        tally.setHeldBack(tally.getHeldBack() + 1);
        if (tally.getSamples().size() < MAX_SAMPLES) {
            List<Hit> samples = new ArrayList<>(tally.getSamples());
            samples.add(Hit.newBuilder(hit).setExplanation("declaration " + declarationKey + ": " + hit.getExplanation()).build());
            tally.setSamples(samples);
        }
        return false;
    }

    /** A summary is due when matches were held back since the last one and the import has gone quiet. */
    public boolean summaryDue(ImportBatchTally tally, Instant now) {
        return tally.getHeldBack() > tally.getSummarised() && !tally.getLastChangeAt().plus(quietPeriod).isAfter(now);
    }

    public boolean expired(ImportBatchTally tally, Instant now) {
        return tally.getLastChangeAt().plus(keep).isBefore(now);
    }

    /** The summary alert of what {@code partition} held back; marks the tally as summarised. */
    public Alert summarise(ImportBatchTally tally, int partition, Instant now) {
        tally.setSummarised(tally.getHeldBack());
        tally.setSummaryRevision(tally.getSummaryRevision() + 1);
        String subjectKey = "IMPORT:" + tally.getBatchId() + ":" + partition;
        int score = tally.getSamples().stream().mapToInt(Hit::getScore).max().orElse(0);
        return Alert.newBuilder()
            .setAlertId(AlertIdentity.alertId(SubjectType.WATCHLIST_IMPORT, subjectKey))
            .setRevision(tally.getSummaryRevision())
            .setStatus(tally.getSummaryRevision() == 1 ? AlertStatus.NEW : AlertStatus.UPDATED)
            .setSubjectType(SubjectType.WATCHLIST_IMPORT)
            .setSubjectKey(subjectKey)
            .setAuthority(tally.getAuthority())
            .setEventTime(now)
            .setScore(score)
            .setSeverity(Severity.MEDIUM)
            .setLane(Lane.YELLOW)
            .setRecipients(List.of(tally.getAuthority()))
            .setRecipientRoles(Map.of(tally.getAuthority(), List.of(RecipientRole.LISTING.name())))
            .setHits(tally.getSamples())
            .setRetro(true)
            .setSummary("Bulk import " + tally.getBatchId() + ": " + tally.getHeldBack() + " retro matches held back beyond the cap of "
                + maxAlertsPerPartition + " alerts in declaration partition " + partition + " (" + tally.getAlerted()
                + " alerted); the first " + tally.getSamples().size() + " are listed — review the import before re-publishing entries")
            .build();
    }
}
