package org.heritagesentinel.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.ondemand.OnDemandScreening;
import org.heritagesentinel.ondemand.ScreeningRequests;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.topology.SentinelTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sentinel screen FILE}: the batch check of a trader register or of draft declarations. Loads the
 * watchlist and exchange rates the application holds (from their topics), then screens each row with the
 * application's screening parts, as {@code POST /screen} does, and prints one result line per row.
 * Nothing is produced.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen the parties or declarations of a file against the watchlist, as POST /screen does, one result "
        + "line per row; nothing is produced. CSV (header row: name, role, kind, country, identifiers, dateOfBirth, "
        + "address) for parties, or JSON lines of {\"party\": ...}, {\"object\": ...} or {\"declaration\": ...}.")
final class ScreenCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "CSV of parties, or JSON lines of screening requests.")
    Path file;
    @Option(names = "--authority", required = true, description = "The authority asking: what it may see under the sharing policy.")
    String authority;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SentinelConfig settings = config.loadReachable(true);
        String caller = RecordKeys.authority(authority);
        SentinelSerdes serdes = new SentinelSerdes(settings);
        SentinelTopology.Parts parts = ScreeningParts.create(settings, serdes, new SentinelMetrics(new SimpleMeterRegistry()));
        TopicReader.read(settings, TopicCatalogue.WATCHLIST_ENTRIES, Instant.EPOCH, (id, entry) -> {
                if (entry == null) {
                    parts.index().delist(id);
                } else {
                    parts.index().upsert(entry);
                }
            });
        TopicReader.read(settings, TopicCatalogue.EXCHANGE_RATES, Instant.EPOCH, (key, rate) -> {
                if (rate != null) {
                    parts.rates().put(rate);
                }
            });
        out.println("watchlist: " + parts.index().sizeByKind());
        OnDemandScreening screening = new OnDemandScreening(parts.screener(), new AlertScorer(settings.scoring()),
            new SharingPolicy(settings.personalDataRoles(), parts.index()::get));
        int[] counts = new int[3];
        Row.Handler handler = (where, request) -> {
            counts[0]++;
            try {
                Instant now = Instant.now();
                var declaration = ScreeningRequests.toDeclaration(request, caller, now);
                OnDemandScreening.Answer answer = screening.screen("ON-DEMAND:" + caller + ":" + where.replace(' ', '-'),
                    declaration, caller, now);
                if (!answer.hits().isEmpty()) {
                    counts[1]++;
                }
                out.println(where + ": " + render(answer));
            } catch (RuntimeException e) {
                counts[2]++;
                out.println(where + ": refused: " + e.getMessage());
            }
        };
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Row.csv(file, handler);
        } else {
            Row.jsonLines(file, handler);
        }
        out.println(counts[0] + " rows screened, " + counts[1] + " would alert, " + counts[2] + " refused");
        return counts[2] == 0 ? 0 : 1;
    }

    static String render(OnDemandScreening.Answer answer) {
        if (answer.hits().isEmpty()) {
            return answer.lane() + " score " + answer.score() + ", no hit";
        }
        return answer.lane() + " score " + answer.score() + ", " + answer.hits().size() + " hit(s): "
            + answer.hits().stream().map(ScreenCommand::render).collect(Collectors.joining(" | "));
    }

    private static String render(Hit hit) {
        return String.format(Locale.ROOT, "%s %s rev %d (%.2f) %s", hit.getRuleType(), hit.getEntryId(), hit.getEntryRevision(),
            hit.getConfidence(), hit.getExplanation());
    }

    /** The rows of the file as screening requests, each with where it is. */
    private static final class Row {
        interface Handler {
            void accept(String where, JsonNode request);
        }

        static void csv(Path file, Handler handler) throws IOException {
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                     .readValues(reader)) {
                int line = 1;
                while (rows.hasNextValue()) {
                    line++;
                    ObjectNode party = JSON.createObjectNode();
                    rows.nextValue().forEach((column, value) -> {
                        if (value != null && !value.isBlank()) {
                            if (column.equals("identifiers")) {
                                var ids = party.putArray("identifiers");
                                for (String id : value.split("\\|")) {
                                    ids.add(id.trim());
                                }
                            } else {
                                party.put(column, value.trim());
                            }
                        }
                    });
                    ObjectNode request = JSON.createObjectNode();
                    request.set("party", party);
                    handler.accept("line " + line, request);
                }
            }
        }

        static void jsonLines(Path file, Handler handler) throws IOException {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String text;
                int line = 0;
                while ((text = reader.readLine()) != null) {
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    JsonNode request;
                    try {
                        request = JSON.readTree(text);
                    } catch (JsonProcessingException e) {
                        request = null;
                    }
                    handler.accept("line " + line, request);
                }
            }
        }
    }
}
