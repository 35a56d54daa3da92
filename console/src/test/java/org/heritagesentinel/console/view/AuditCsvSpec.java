package org.heritagesentinel.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditCsvSpec {
    private final Instant at = Instant.parse("2026-12-07T08:15:00Z");

    @Test
    void startsWithTheByteOrderMarkAndKeepsNamesInTheirScript() {
        byte[] csv = AuditCsv.write(List.of(new AuditLine(at, "محلل.jo", "JO", "decision DISMISSED", "ALR-1",
            "FALSE_MATCH: شركة الشام للتحف is another company", "")));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).containsExactly(
            "\"time (UTC)\",\"user\",\"authority\",\"action\",\"alert or entry\",\"reason\",\"detail\"",
            "\"2026-12-07T08:15:00Z\",\"محلل.jo\",\"JO\",\"decision DISMISSED\",\"ALR-1\","
                + "\"FALSE_MATCH: شركة الشام للتحف is another company\",\"\"");
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaStaysText() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(AuditCsv.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditCsv.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(AuditCsv.cell("checked, all = fine")).isEqualTo("\"checked, all = fine\"");
        assertThat(AuditCsv.cell(null)).isEqualTo("\"\"");
    }
}
