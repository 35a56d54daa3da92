package org.heritagesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.screening.party.PartyScoringTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NamesCommandSpec {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int score(String input, String... args) {
        CommandLine command = new CommandLine(
                new NamesCommand.Score(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
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

    @Test
    void shouldScoreWithThePartyScoringTableOfTheConfiguration() throws IOException {
        // Given a configuration that makes an initial count for little
        Path config = Files.writeString(dir.resolve("sentinel.properties"), "matching.party.scoring=initial=0.1\n");
        PartyNameMatcher tuned = new PartyNameMatcher(NameMatchingConfig.defaults()
                .withScoring(PartyScoringTable.defaults().with(Map.of("initial", 0.1))));
        PartyNameMatcher shipped = new PartyNameMatcher(NameMatchingConfig.defaults());
        assertThat(tuned.match("J. Smith", "John Smith").score()).isLessThan(shipped.match("J. Smith", "John Smith").score());

        // When a pair is scored under it
        int exit = score("J. Smith\tJohn Smith\n", "--config", config.toString());

        // Then the score is the tuned table's, as screening under that configuration would give
        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo(String.format(java.util.Locale.ROOT, "J. Smith\tJohn Smith\t%.4f",
                tuned.match("J. Smith", "John Smith").score()));
    }
}
