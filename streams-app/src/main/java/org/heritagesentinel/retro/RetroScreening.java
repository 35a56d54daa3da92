package org.heritagesentinel.retro;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;

/**
 * The policy of retro-screening: which watchlist changes re-screen recent declarations, which
 * declarations are still in the window, when a raised alert also asks for post-clearance control.
 */
public final class RetroScreening {
    private final SentinelConfig.Retro settings;
    private final RetroKeys keys;
    private final int broadcastPartitions;
    private final ImportBatches importBatches;
    private final Supplier<RetroProbe> probes;
    private final RetroBudget budget;

    public RetroScreening(SentinelConfig.Retro settings, RetroKeys keys, int broadcastPartitions, Supplier<RetroProbe> probes) {
        this.settings = settings;
        this.probes = probes;
        this.keys = keys;
        this.broadcastPartitions = broadcastPartitions;
        this.importBatches = new ImportBatches(settings.maxAlertsPerImport(), broadcastPartitions, settings.importQuietPeriod(),
            settings.window());
        this.budget = new RetroBudget(settings.maxTimePerPass(), System::nanoTime);
    }

    /** The time one pass may hold its task. */
    public RetroBudget budget() {
        return budget;
    }

    /** A change's retro-screening in passes, capped in candidates and in alerts over all its passes. */
    public RetroPass pass() {
        return new RetroPass(maxCandidatesPerChange(), maxAlertsPerChange());
    }

    /** A new probe, for one processor. */
    public RetroProbe newProbe() {
        return probes.get();
    }

    public ImportBatches importBatches() {
        return importBatches;
    }

    public RetroKeys keys() {
        return keys;
    }

    /** How long recent declarations (and the stateful rules' counts) are kept. */
    public java.time.Duration window() {
        return settings.window();
    }

    public int maxAlertsPerChange() {
        return settings.maxAlertsPerChange();
    }

    /** Partitions of the broadcast topic: as many as the declarations topic, whose tasks hold the stores. */
    public int broadcastPartitions() {
        return broadcastPartitions;
    }

    /** Candidates looked at per change: blocking keys over-generate, so more than the alert cap. */
    public int maxCandidatesPerChange() {
        return settings.maxAlertsPerChange() * 10;
    }

    /**
     * A delisting never raises an alert, and a draft matches nothing. Neither does a change of an entry's delisting: the
     * request (DELISTING_REQUESTED) and its refusal (ACTIVE again, {@code delistingRefused}) list what was listed
     * already, and re-screening would only re-announce known alerts under the new revision.
     */
    public boolean raisesAlerts(WatchlistEntry change, boolean delistingRefused) {
        return change != null && change.getStatus() == EntryStatus.ACTIVE && !delistingRefused;
    }

    public boolean isRecent(CustomsDeclaration declaration, Instant now) {
        return !declaration.getAcceptedAt().isBefore(horizon(now));
    }

    /**
     * What looking at a candidate that is not (or no longer) recent comes to: aged out if it was still recent
     * when the change was received — its retro-screening was deferred past the window — else nothing.
     */
    public RetroPass.Verdict notRecent(CustomsDeclaration declaration, Instant receivedAt) {
        return isRecent(declaration, receivedAt) ? RetroPass.Verdict.AGED_OUT : RetroPass.Verdict.NOTHING;
    }

    public Instant horizon(Instant now) {
        return now.minus(settings.window());
    }

    /** The hit of the changed entry, if the screening found it: retro alerts are raised for it, nothing else. */
    public static Optional<Hit> hitOn(Iterable<Hit> hits, String entryId) {
        for (Hit hit : hits) {
            if (hit.getEntryId().equals(entryId)) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    /** The alert as retro-screening raises it: marked retro, and for released goods post-clearance control. */
    public Alert mark(Alert alert, CustomsDeclaration declaration, Instant now) {
        boolean released = declaration.getAcceptedAt().isBefore(now.minus(settings.releasedAfter()));
        return Alert.newBuilder(alert).setRetro(true).setPostClearanceControl(released)
            .setSummary(alert.getSummary() + (released ? " [retro; goods likely released: post-clearance control]" : " [retro]"))
            .build();
    }
}
