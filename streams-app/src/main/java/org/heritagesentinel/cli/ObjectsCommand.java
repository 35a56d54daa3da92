package org.heritagesentinel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.screening.object.ObjectMatch;
import org.heritagesentinel.screening.object.ObjectMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Object matching tools for analysts and for checking the matcher on one's own data. */
@Command(name = "objects", description = "Stolen-object matching tools.", mixinStandardHelpOptions = true,
        subcommands = {ObjectsCommand.Score.class})
public final class ObjectsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Scores declared items against listed objects with the pipeline's matcher, under the configuration's object
     * scoring table ({@code matching.object.scoring}), as screening does.
     */
    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Reads JSON lines {\"declared\": {DeclarationItem fields}, \"listed\": {ObjectDescription fields}}"
                + " on standard input; writes one JSON line per input line, in order: {\"line\": N, \"score\": S,"
                + " \"explanation\": \"...\"}, or {\"line\": N, \"error\": \"...\"} for a line that cannot be read.",
                "declared.itemNumber defaults to 1, declared.hsCode to \"\". Exit status 1 when any line was in error.",
                "Scores with the object scoring table of the configuration (matching.object.scoring of --config and"
                    + " SENTINEL_MATCHING_OBJECT_SCORING), as screening does."})
    public static final class Score implements Callable<Integer> {

        private static final int DECIMALS = 4;

        @Spec
        private CommandSpec spec;

        @Mixin
        ConfigOption config;

        private final InputStream input;
        private final ObjectMapper json = new ObjectMapper();

        public Score() {
            this(System.in);
        }

        Score(InputStream input) {
            this.input = input;
        }

        @Override
        public Integer call() throws Exception {
            ObjectMatcher matcher = ScreeningParts.objectMatcher(config.load());
            PrintWriter out = spec.commandLine().getOut();
            int lineNumber = 0;
            int errors = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    ObjectNode result = json.createObjectNode().put("line", lineNumber);
                    try {
                        ObjectMatch match = score(matcher, line);
                        result.put("score", BigDecimal.valueOf(match.score()).setScale(DECIMALS, RoundingMode.HALF_UP))
                            .put("explanation", match.explanation());
                    } catch (IllegalArgumentException | JsonProcessingException e) {
                        errors++;
                        result.put("error", message(e));
                    }
                    out.println(json.writeValueAsString(result));
                }
            }
            out.flush();
            if (errors > 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf(Locale.ROOT, "%d of %d line(s) could not be scored (see their \"error\")%n", errors, lineNumber);
                err.flush();
            }
            return errors == 0 ? 0 : 1;
        }

        private ObjectMatch score(ObjectMatcher matcher, String line) throws JsonProcessingException {
            JsonNode pair = json.readTree(line);
            if (pair == null || !pair.isObject() || !pair.has("declared") || !pair.has("listed")) {
                throw new IllegalArgumentException("expected {\"declared\": {...}, \"listed\": {...}}");
            }
            JsonNode declared = pair.get("declared");
            if (declared.isObject()) {
                ObjectNode filled = ((ObjectNode) declared).deepCopy();
                if (!filled.has("itemNumber")) {
                    filled.put("itemNumber", 1);
                }
                if (!filled.has("hsCode")) {
                    filled.put("hsCode", "");
                }
                declared = filled;
            }
            DeclarationItem item = AvroJsonRecord.read(declared, DeclarationItem.getClassSchema(), "declared");
            ObjectDescription listed = AvroJsonRecord.read(pair.get("listed"), ObjectDescription.getClassSchema(), "listed");
            return matcher.match(item, listed);
        }

        private static String message(Exception e) {
            if (e instanceof JsonProcessingException parse) {
                return "not JSON: " + parse.getOriginalMessage();
            }
            return e.getMessage();
        }
    }
}
