package org.heritagesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NamesCommandSpec {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int score(String input) {
        CommandLine command = new CommandLine(
                new NamesCommand.Score(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute();
    }

    @Test
    void shouldWriteOneScoredLinePerInputPair() {
        // Given two TSV lines of name pairs
        String input = "Mohamed El Ouazzani\tمحمد الوزاني\nMohammed Ali\tMohammed Hassan\n";
        // When they are scored
        int exit = score(input);
        // Then each line comes back with the matcher's score to four decimals
        PartyNameMatcher matcher = new PartyNameMatcher(NameMatchingConfig.defaults());
        String[] lines = out.toString().split("\\R");
        assertThat(exit).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(String.format(java.util.Locale.ROOT, "Mohamed El Ouazzani\tمحمد الوزاني\t%.4f",
                matcher.match("Mohamed El Ouazzani", "محمد الوزاني").score()));
        assertThat(lines[1]).startsWith("Mohammed Ali\tMohammed Hassan\t").matches(".*\\t[01]\\.\\d{4}");
    }

    @Test
    void shouldReportMalformedLinesWithoutStopping() {
        int exit = score("only one name\nA B\tA B\n\n");
        assertThat(out.toString().strip()).isEqualTo("A B\tA B\t1.0000");
        assertThat(err.toString()).contains("skipped 1 line");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void shouldOfferScoreAsASubcommandOfNames() {
        CommandLine names = new CommandLine(new NamesCommand());
        assertThat(names.getSubcommands()).containsKey("score");
    }
}
