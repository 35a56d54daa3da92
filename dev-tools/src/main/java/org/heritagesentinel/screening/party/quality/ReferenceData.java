package org.heritagesentinel.screening.party.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the development sets, the OpenSanctions name bench (CSV) and google ar2en (TSV), and the evaluation sets. */
final class ReferenceData {

    private ReferenceData() {
    }

    /** Bench rows {@code case_group,schema,name1,name2,is_match,...}; names may be quoted with doubled quotes. */
    static List<LabelledPair> bench(Path csv) throws IOException {
        List<LabelledPair> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = csvFields(line);
            if (fields.size() >= 5) {
                pairs.add(new LabelledPair(fields.get(2), fields.get(3), Boolean.parseBoolean(fields.get(4))));
            }
        }
        return pairs;
    }

    /** True pairs {@code name1<TAB>name2} (google ar2en: {@code arabic<TAB>latin}). */
    static List<LabelledPair> transliterations(Path tsv) throws IOException {
        List<LabelledPair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length == 2 && !fields[0].isBlank() && !fields[1].isBlank()) {
                pairs.add(new LabelledPair(fields[0].strip(), fields[1].strip(), true));
            }
        }
        return pairs;
    }

    /**
     * Every {@code *.tsv} of {@code directory} as a set of true pairs, by file name without its extension, in name
     * order; none when the directory does not exist (the sets are built, not shipped).
     */
    static Map<String, List<LabelledPair>> evaluationSets(Path directory) throws IOException {
        Map<String, List<LabelledPair>> sets = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return sets;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).toList()) {
                String name = file.getFileName().toString();
                sets.put(name.substring(0, name.length() - ".tsv".length()), transliterations(file));
            }
        }
        return sets;
    }

    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
