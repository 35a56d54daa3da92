package org.heritagesentinel.seizure;

import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SeizureStatus;

/**
 * Seizure reports are corrected and withdrawn by new versions under the same key; every processor
 * that keeps state per report reads them the same way.
 */
public final class SeizureVersions {
    private SeizureVersions() {
    }

    /** A report older than the version already applied: redelivered or overtaken, ignored. */
    public static boolean isOutdated(SeizureReport report, Integer appliedVersion) {
        return report != null && appliedVersion != null && report.getVersion() < appliedVersion;
    }

    /** A tombstone or a WITHDRAWN version: everything the report fed is taken back. */
    public static boolean withdraws(SeizureReport report) {
        return report == null || report.getStatus() == SeizureStatus.WITHDRAWN;
    }
}
