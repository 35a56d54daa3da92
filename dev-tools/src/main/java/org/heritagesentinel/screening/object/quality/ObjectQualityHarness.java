package org.heritagesentinel.screening.object.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.screening.object.ObjectMatch;
import org.heritagesentinel.screening.object.ObjectMatcher;

/**
 * Measures the object matcher on the evaluation sets built by {@link ObjectEvaluationSets} from the hand-written
 * public-domain lists in {@code dev-tools/src/quality/objects}: per set and over all, precision and recall at the
 * configured threshold and recall at precision 0.95. With {@code --write DIR} it also writes each set as JSON lines
 * for {@code sentinel objects score} ({@code SET.jsonl}) with one label a line ({@code SET.labels}), so the same figures
 * can be had from the command line. With {@code --errors} it prints the pairs on the wrong side of the threshold.
 *
 * <p>Usage: {@code ObjectQualityHarness [--data DIR] [--write DIR] [--errors]}.
 */
public final class ObjectQualityHarness {

    private static final String DATA = "dev-tools/src/quality/objects";
    private static final double TARGET_PRECISION = 0.95;

    private final ObjectMatcher matcher = new ObjectMatcher();
    private final double threshold;
    private final PrintStream out;

    ObjectQualityHarness(double threshold, PrintStream out) {
        this.threshold = threshold;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.heritagesentinel.avro");
        Path data = Path.of(DATA);
        Path write = null;
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--errors" -> errors = true;
                default -> throw new IllegalArgumentException("usage: ObjectQualityHarness [--data DIR] [--write DIR] [--errors]");
            }
        }
        Map<String, List<LabelledObjectPair>> sets = ObjectEvaluationSets.build(data);
        if (write != null) {
            write(sets, write);
        }
        double threshold = ConfigLoader.withOverrides(Map.of()).objectMatchThreshold();
        new ObjectQualityHarness(threshold, System.out).run(sets, errors);
    }

    void run(Map<String, List<LabelledObjectPair>> sets, boolean errors) {
        out.printf(Locale.ROOT, "threshold %.2f%n", threshold);
        out.printf(Locale.ROOT, "%-28s %6s %6s %10s %8s %12s%n", "set", "pos", "neg", "precision", "recall", "R@P>=0.95");
        List<Scored> all = new ArrayList<>();
        sets.forEach((name, pairs) -> {
            List<Scored> scored = new ArrayList<>();
            for (LabelledObjectPair pair : pairs) {
                scored.add(new Scored(pair, matcher.match(pair.declared(), pair.listed())));
            }
            report(name, scored);
            all.addAll(scored);
            if (errors) {
                errors(scored);
            }
        });
        report("all", all);
    }

    private void report(String name, List<Scored> scored) {
        long positives = scored.stream().filter(s -> s.pair().match()).count();
        int tp = 0;
        int fp = 0;
        for (Scored s : scored) {
            if (s.match().score() >= threshold) {
                tp += s.pair().match() ? 1 : 0;
                fp += s.pair().match() ? 0 : 1;
            }
        }
        double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double recall = positives == 0 ? 1.0 : (double) tp / positives;
        out.printf(Locale.ROOT, "%-28s %6d %6d %10.3f %8.3f %12.3f%n", name, positives, scored.size() - positives,
            precision, recall, recallAtPrecision(scored, positives));
    }

    /** The highest recall of any threshold whose precision is at least 0.95; ties broken against the pair. */
    private static double recallAtPrecision(List<Scored> scored, long positives) {
        List<Scored> ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble((Scored s) -> -s.match().score()).thenComparing(s -> s.pair().match()));
        double best = 0;
        int tp = 0;
        for (int i = 0; i < ranked.size(); i++) {
            tp += ranked.get(i).pair().match() ? 1 : 0;
            boolean lastOfScore = i + 1 == ranked.size() || ranked.get(i + 1).match().score() < ranked.get(i).match().score();
            if (lastOfScore && (double) tp / (i + 1) >= TARGET_PRECISION) {
                best = Math.max(best, positives == 0 ? 1.0 : (double) tp / positives);
            }
        }
        return best;
    }

    private void errors(List<Scored> scored) {
        for (Scored s : scored) {
            boolean hit = s.match().score() >= threshold;
            if (hit != s.pair().match()) {
                out.printf(Locale.ROOT, "  %s %s%n", s.pair().match() ? "missed" : "false hit", s.match().explanation());
            }
        }
    }

    private static void write(Map<String, List<LabelledObjectPair>> sets, Path directory) throws IOException {
        Files.createDirectories(directory);
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, List<LabelledObjectPair>> set : sets.entrySet()) {
            try (PrintWriter lines = new PrintWriter(Files.newBufferedWriter(directory.resolve(set.getKey() + ".jsonl"), StandardCharsets.UTF_8));
                 PrintWriter labels = new PrintWriter(Files.newBufferedWriter(directory.resolve(set.getKey() + ".labels"), StandardCharsets.UTF_8))) {
                for (LabelledObjectPair pair : set.getValue()) {
                    ObjectNode line = json.createObjectNode();
                    line.set("declared", declared(json, pair.declared()));
                    line.set("listed", listed(json, pair.listed()));
                    lines.println(json.writeValueAsString(line));
                    labels.println(pair.match() ? 1 : 0);
                }
            }
        }
    }

    private static ObjectNode declared(ObjectMapper json, DeclarationItem item) {
        ObjectNode node = json.createObjectNode().put("description", item.getDescription());
        return item.getDeclaredPeriod() == null ? node : node.put("declaredPeriod", item.getDeclaredPeriod());
    }

    private static ObjectNode listed(ObjectMapper json, ObjectDescription object) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("objectType", object.getObjectType());
        fields.put("title", object.getTitle());
        fields.put("maker", object.getMaker());
        fields.put("period", object.getPeriod());
        ObjectNode node = json.createObjectNode();
        fields.forEach((key, value) -> {
            if (value != null) {
                node.put(key, value);
            }
        });
        return node;
    }

    private record Scored(LabelledObjectPair pair, ObjectMatch match) {
    }
}
