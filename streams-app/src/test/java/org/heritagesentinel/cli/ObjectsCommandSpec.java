package org.heritagesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ObjectsCommandSpec {

    private static final String PAIR = "{\"declared\": {\"description\": \"oil painting harbour dawn Petrenko\","
        + " \"declaredPeriod\": \"c. 1965\"}, \"listed\": {\"title\": \"Harbour at dawn\", \"maker\": \"Ivan Petrenko\","
        + " \"objectType\": \"painting\", \"period\": \"1965\", \"referenceNumbers\": [\"UA-0001\"]}}";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int score(String input, String... args) {
        CommandLine command = new CommandLine(
            new ObjectsCommand.Score(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void shouldScoreWithTheObjectScoringTableOfTheConfiguration() throws IOException {
        // Given a configuration that makes a shared maker count for less
        Path config = Files.writeString(dir.resolve("sentinel.properties"), "matching.object.scoring=maker=0.1\n");

        // When the pair is scored under it, and without it
        int exit = score(PAIR + "\n", "--config", config.toString());
        String tuned = out.toString().strip();
        out.getBuffer().setLength(0);
        score(PAIR + "\n");

        // Then the tuned table scores it lower, as screening under that configuration would
        assertThat(exit).isZero();
        assertThat(scoreOf(tuned)).isLessThan(scoreOf(out.toString().strip()));
    }

    private static double scoreOf(String jsonLine) {
        return Double.parseDouble(jsonLine.replaceAll(".*\"score\":([0-9.]+).*", "$1"));
    }

    @Test
    void shouldWriteOneJsonLinePerPairWithScoreAndExplanation() {
        int exit = score(PAIR + "\n");

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"line\":1,\"score\":0.9249,\"explanation\":\"item 1 'oil painting"
            + " harbour dawn Petrenko' ~ UA-0001 'painting, 1965': type+period+maker+title, 0.92\"}");
    }

    @Test
    void shouldAnswerEveryBadLineWithItsErrorAndGoOn() {
        String input = "not json\n"
            + "{\"declared\": {\"descripton\": \"typo\"}, \"listed\": {}}\n"
            + "{\"declared\": {\"description\": \"coin\"}, \"listed\": {\"materials\": \"bronze\"}}\n"
            + "{\"declared\": {\"description\": \"coin\"}}\n"
            + "\n"
            + PAIR + "\n";

        int exit = score(input);

        String[] lines = out.toString().split("\\R");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("{\"line\":1,\"error\":\"not JSON: ");
        assertThat(lines[1]).isEqualTo("{\"line\":2,\"error\":\"declared.descripton: no such field of DeclarationItem\"}");
        assertThat(lines[2]).isEqualTo("{\"line\":3,\"error\":\"listed.materials: expected an array, got \\\"bronze\\\"\"}");
        assertThat(lines[3]).isEqualTo("{\"line\":4,\"error\":\"expected {\\\"declared\\\": {...}, \\\"listed\\\": {...}}\"}");
        assertThat(lines[4]).startsWith("{\"line\":6,\"score\":0.9249,");
        assertThat(err.toString()).contains("4 of 6 line(s) could not be scored");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void shouldReadNestedRecordsAndEnumsAsTheSchemaNamesThem() {
        String input = "{\"declared\": {\"itemNumber\": 3, \"description\": \"bronze coin\", \"dimensions\":"
            + " {\"diameterCm\": 2.1}, \"documents\": [{\"type\": \"NO_SUCH_TYPE\", \"reference\": \"x\"}]},"
            + " \"listed\": {\"objectType\": \"coin\"}}\n";

        score(input);

        assertThat(out.toString().strip()).startsWith("{\"line\":1,\"error\":\"declared.documents[0].type: expected one of [");
    }

    @Test
    void shouldOfferScoreAsASubcommandOfObjects() {
        assertThat(new CommandLine(new SentinelCli()).getSubcommands().get("objects").getSubcommands()).containsKey("score");
    }
}
