package org.heritagesentinel.console.view;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit export as a spreadsheet opens it: UTF-8 with a byte-order mark (so Excel reads Arabic and
 * accented names in their script), every cell quoted, and a cell a spreadsheet would take for a formula
 * (starting with {@code = + - @}, a tab or a carriage return) prefixed with an apostrophe so it stays text.
 */
public final class AuditCsv {
    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("time (UTC)", "user", "authority", "action", "alert or entry",
        "reason", "detail");

    private AuditCsv() {
    }

    public static byte[] write(List<AuditLine> lines) {
        StringBuilder out = new StringBuilder(BOM).append(row(HEADER.stream()));
        for (AuditLine line : lines) {
            out.append(row(Stream.of(DateTimeFormatter.ISO_INSTANT.format(line.at()), line.who(), line.authority(),
                line.action(), line.subject(), line.reason(), line.detail())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String row(Stream<String> cells) {
        return cells.map(AuditCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
