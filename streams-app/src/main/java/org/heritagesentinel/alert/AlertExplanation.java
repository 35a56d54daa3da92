package org.heritagesentinel.alert;

import java.util.Comparator;
import java.util.List;

import org.heritagesentinel.avro.Candidate;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.SuppressedHit;
import org.heritagesentinel.avro.Suppression;

/**
 * {@code sentinel explain ALERT_ID}: from the stored screening records of an alert's subject, every
 * hit of the latest screening with the entry (or profile) and its revision, the evidence, and the
 * versions of watchlist, matchers and configuration it was screened with; then the history.
 */
public final class AlertExplanation {
    private AlertExplanation() {
    }

    public static String render(String alertId, List<ScreeningRecord> records) {
        if (records.isEmpty()) {
            return alertId + ": no screening record found (older than the period read, or unknown id)\n";
        }
        List<ScreeningRecord> ordered = records.stream()
            .sorted(Comparator.comparing(ScreeningRecord::getScreenedAt)).toList();
        ScreeningRecord last = ordered.get(ordered.size() - 1);
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s  %s %s v%d (authority %s, accepted %s)%n", alertId, last.getSubjectType(),
            last.getSubjectKey(), last.getSubjectVersion(), last.getAuthority(), last.getEventTime()));
        out.append(String.format("latest screening %s%s: score %d, %s, lane %s%n", last.getScreenedAt(),
            last.getRetro() ? " (retro)" : "", last.getScore(), last.getSeverity(), last.getLane()));
        out.append(String.format("  watchlist %s, profiles %s, matchers %s, config %s%n", last.getWatchlistVersion(),
            last.getProfilesVersion(), last.getMatcherVersion(), last.getConfigHash()));
        if (last.getHits().isEmpty()) {
            out.append("  no hits: the alert is retracted or was never raised on this version\n");
        }
        for (Hit hit : last.getHits()) {
            out.append(String.format("  - %s  entry %s rev %d  score %d  confidence %.2f%n", hit.getRuleType(),
                hit.getEntryId(), hit.getEntryRevision(), hit.getScore(), hit.getConfidence()));
            out.append("      ").append(hit.getExplanation()).append('\n');
            for (Evidence e : hit.getEvidence()) {
                out.append(String.format("      %s: declared '%s' vs listed '%s' [%s]%n", e.getField(), e.getDeclaredValue(),
                    e.getListedValue(), e.getMethod()));
            }
        }
        for (SuppressedHit suppressed : last.getSuppressedHits()) {
            Suppression by = suppressed.getSuppression();
            out.append(String.format("  - suppressed %s  entry %s: %s by %s (%s) on alert %s until %s%s%n",
                suppressed.getHit().getRuleType(), suppressed.getHit().getEntryId(), by.getDecision(), by.getAnalyst(),
                by.getAuthority(), by.getAlertId(), by.getUntil(), by.getReason() == null ? "" : ": " + by.getReason()));
        }
        for (Candidate near : last.getCandidates()) {
            out.append(String.format("  - near miss %s  entry %s rev %d  confidence %.2f on %s (below the threshold)%n",
                near.getRuleType(), near.getEntryId(), near.getEntryRevision(), near.getConfidence(), near.getField()));
        }
        for (String warning : last.getWarnings()) {
            out.append("  warning: ").append(warning).append('\n');
        }
        out.append("history:\n");
        for (ScreeningRecord r : ordered) {
            out.append(String.format("  %s v%d%s score %d %s%s%n", r.getScreenedAt(), r.getSubjectVersion(),
                r.getRetro() ? " retro" : "", r.getScore(), r.getLane(),
                r.getAlertStatus() == null ? "" : " → alert " + r.getAlertStatus()));
        }
        return out.toString();
    }
}
