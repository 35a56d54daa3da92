package org.heritagesentinel.cli;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.SuppressedHit;
import org.heritagesentinel.avro.Suppression;

/**
 * Prints alerts for a person watching the terminal: one header line, then one line per hit; and the
 * hits an analyst's decision keeps out of an alert, which would otherwise pass unseen.
 */
public final class AlertConsole {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PrintStream out;

    public AlertConsole(PrintStream out) {
        this.out = out;
    }

    public void print(Alert alert) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%n%s ALERT %-9s %-6s score %3d  %s  (%s r%d) -> %s%n",
            TIME.format(alert.getEventTime()), alert.getStatus(), alert.getLane(), alert.getScore(), alert.getSubjectKey(),
            alert.getAlertId(), alert.getRevision(), String.join(",", alert.getRecipients())));
        text.append("    ").append(alert.getSummary()).append('\n');
        for (Hit hit : alert.getHits()) {
            text.append(String.format("    - %-22s +%-3d %s%n", hit.getRuleType(), hit.getScore(), hit.getExplanation()));
            for (Evidence evidence : hit.getEvidence()) {
                text.append(String.format("        %s: declared '%s' / listed '%s' [%s]%n", evidence.getField(),
                    evidence.getDeclaredValue(), evidence.getListedValue(), evidence.getMethod()));
            }
        }
        for (String warning : alert.getWarnings()) {
            text.append("    ! ").append(warning).append('\n');
        }
        out.print(text);
        out.flush();
    }

    /** A screening whose hits an analyst cleared: one line per suppressed hit. */
    public void printSuppressed(ScreeningRecord record) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%n%s SUPPRESSED %s: lane %s, score %d%n", TIME.format(record.getScreenedAt()),
            record.getSubjectKey(), record.getLane(), record.getScore()));
        for (SuppressedHit suppressed : record.getSuppressedHits()) {
            Hit hit = suppressed.getHit();
            Suppression by = suppressed.getSuppression();
            text.append(String.format(Locale.ROOT, "    - %-22s +%-3d %s%n", hit.getRuleType(), hit.getScore(), hit.getExplanation()));
            text.append(String.format(Locale.ROOT, "        not counted: %s by %s (%s) on %s, '%s', until %s%n", by.getDecision(),
                by.getAnalyst(), by.getAuthority(), by.getAlertId(), by.getReason(), DAY.format(by.getUntil())));
        }
        out.print(text);
        out.flush();
    }
}
