package org.heritagesentinel.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The samples of a Prometheus text-format (0.0.4) scrape, to assert on names, labels and values. */
public final class ScrapedMetrics {

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private ScrapedMetrics(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    public static ScrapedMetrics parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(new LineParser(line).sample());
            }
        }
        return new ScrapedMetrics(samples);
    }

    /** Samples of {@code name} whose labels include every given {@code key, value} pair. */
    public List<Sample> samples(String name, String... labelPairs) {
        Map<String, String> wanted = pairs(labelPairs);
        return samples.stream()
                .filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(wanted.entrySet()))
                .collect(Collectors.toList());
    }

    /** The value of the one sample matching; fails when none or several match. */
    public double value(String name, String... labelPairs) {
        List<Sample> matching = samples(name, labelPairs);
        if (matching.size() != 1) {
            throw new AssertionError("expected one sample " + name + pairs(labelPairs) + ", found " + matching);
        }
        return matching.get(0).value();
    }

    public boolean contains(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    public List<Sample> all() {
        return samples;
    }

    private static Map<String, String> pairs(String... labelPairs) {
        if (labelPairs.length % 2 != 0) {
            throw new IllegalArgumentException("label pairs must come as key, value");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            pairs.put(labelPairs[i], labelPairs[i + 1]);
        }
        return pairs;
    }

    private static final class LineParser {
        private final String line;
        private int pos;

        LineParser(String line) {
            this.line = line;
        }

        Sample sample() {
            String name = until("{ ");
            Map<String, String> labels = new LinkedHashMap<>();
            if (line.charAt(pos) == '{') {
                pos++;
                while (line.charAt(pos) != '}') {
                    String key = until("=");
                    pos += 2;
                    labels.put(key, quoted());
                    if (line.charAt(pos) == ',') {
                        pos++;
                    }
                }
                pos++;
            }
            String[] rest = line.substring(pos).trim().split(" ");
            return new Sample(name, labels, PrometheusNumbers.parse(rest[0]));
        }

        private String until(String stops) {
            int start = pos;
            while (stops.indexOf(line.charAt(pos)) < 0) {
                pos++;
            }
            return line.substring(start, pos);
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            for (char c = line.charAt(pos++); c != '"'; c = line.charAt(pos++)) {
                if (c == '\\') {
                    char escaped = line.charAt(pos++);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            return value.toString();
        }
    }
}
