package org.heritagesentinel.demo;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;

/** Prints alerts for a person watching the terminal: one header line, then one line per hit. */
public final class AlertConsole {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

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
}
