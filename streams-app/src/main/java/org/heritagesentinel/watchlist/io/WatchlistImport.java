package org.heritagesentinel.watchlist.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.EntryValidator;

/**
 * Reads watchlist entries from CSV (header row, one entry a line) or JSON (an array of objects, or
 * one object a line), validates each like the topology does, hands the good ones to a sink and
 * reports every bad one with its line (CSV, JSON lines) or element number (JSON array).
 */
public final class WatchlistImport {
    public enum Format { CSV, JSON;

        /** From the file name: .csv, else JSON (.json, .jsonl, .ndjson). */
        public static Format of(String fileName) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSON;
        }
    }

    /** A row that could not be imported, and why. */
    public record Problem(String where, String message) {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    /** What an import did. */
    public record Summary(int rows, int imported, List<Problem> problems) {
        @Override
        public String toString() {
            return rows + " rows read, " + imported + " entries imported, " + problems.size() + " refused";
        }

        /** The same figures for a validation without submission: nothing was imported. */
        public String asDryRun() {
            return "dry run: " + rows + " rows read, " + imported + " entries would be imported, " + problems.size()
                + " refused; nothing was submitted";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntryValidator validator;
    private final int progressEvery;
    private final Consumer<String> progress;

    /** @param progress told every {@code progressEvery} rows how far the import is */
    public WatchlistImport(EntryValidator validator, int progressEvery, Consumer<String> progress) {
        this.validator = validator;
        this.progressEvery = progressEvery;
        this.progress = progress;
    }

    public Summary run(Reader input, Format format, Consumer<WatchlistEntry> sink) throws IOException {
        List<Problem> problems = new ArrayList<>();
        int[] counts = new int[2];
        Consumer<Row> handle = row -> {
            counts[0]++;
            try {
                WatchlistEntry entry = EntryRows.toEntry(row.values());
                List<String> invalid = validator.problems(entry.getEntryId(), entry);
                if (!invalid.isEmpty()) {
                    problems.add(new Problem(row.where(), String.join("; ", invalid)));
                } else {
                    sink.accept(entry);
                    counts[1]++;
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(row.where(), e.getMessage()));
            }
            if (counts[0] % progressEvery == 0) {
                progress.accept(counts[0] + " rows read, " + counts[1] + " imported, " + problems.size() + " refused");
            }
        };
        if (format == Format.CSV) {
            readCsv(input, handle);
        } else {
            readJson(input, handle, problems);
        }
        return new Summary(counts[0], counts[1], List.copyOf(problems));
    }

    private record Row(String where, Map<String, String> values) {
    }

    private static void readCsv(Reader input, Consumer<Row> handle) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false);
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(input)) {
            int line = 1;
            while (true) {
                Map<String, String> values;
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    values = rows.nextValue();
                } catch (IOException | RuntimeException e) {
                    throw new IOException("CSV is malformed after line " + line + ": " + e.getMessage(), e);
                }
                line++;
                handle.accept(new Row("line " + line, values));
            }
        }
    }

    private static void readJson(Reader input, Consumer<Row> handle, List<Problem> problems) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        reader.mark(1 << 16);
        int first;
        do {
            first = reader.read();
        } while (first != -1 && Character.isWhitespace(first));
        reader.reset();
        if (first == '[') {
            JsonNode array = JSON.readTree(reader);
            int element = 0;
            for (JsonNode node : array) {
                element++;
                row("element " + element, node, handle, problems);
            }
            return;
        }
        String text;
        int line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                problems.add(new Problem("line " + line, "not a JSON object: " + e.getOriginalMessage()));
                continue;
            }
            row("line " + line, node, handle, problems);
        }
    }

    private static void row(String where, JsonNode node, Consumer<Row> handle, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(where, "not a JSON object"));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(v.asText()));
                values.put(field.getKey(), String.join("|", parts));
            } else if (value.isObject()) {
                List<String> pairs = new ArrayList<>();
                value.properties().forEach(p -> pairs.add(p.getKey() + "=" + p.getValue().asText()));
                values.put(field.getKey(), String.join("|", pairs));
            } else if (!value.isNull()) {
                values.put(field.getKey(), value.asText());
            }
        }
        handle.accept(new Row(where, values));
    }
}
