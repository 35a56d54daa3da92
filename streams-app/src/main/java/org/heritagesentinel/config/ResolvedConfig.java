package org.heritagesentinel.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effective configuration before it is typed: every key's value and where it came from
 * ({@code default}, the file, or the environment variable), for {@code sentinel config check}.
 */
public record ResolvedConfig(Map<String, String> values, Map<String, String> origins) {
    public static final String DEFAULT = "default";

    /** One line per key, sorted, secrets masked: {@code key = value   (origin)}. */
    public List<String> describe() {
        Map<String, String> masked = SecretMasking.masked(values);
        int width = masked.keySet().stream().mapToInt(String::length).max().orElse(0);
        Map<String, String> lines = new TreeMap<>();
        masked.forEach((key, value) -> lines.put(key, String.format("%-" + width + "s = %s%s", key, value,
            origins.getOrDefault(key, DEFAULT).equals(DEFAULT) ? "" : "   (" + origins.get(key) + ")")));
        return List.copyOf(lines.values());
    }

    static ResolvedConfig of(Map<String, String> values, Map<String, String> origins) {
        return new ResolvedConfig(new LinkedHashMap<>(values), new LinkedHashMap<>(origins));
    }
}
