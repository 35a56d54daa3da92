package org.heritagesentinel.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks keys and values against the declarations in {@link ConfigKey} and the clients' own key
 * lists: one problem per line, each naming the key, the value, where it was set and what is expected.
 */
final class ConfigValidation {
    /** Keys of earlier versions that are no longer read, with what replaced them. */
    private static final Map<String, String> RETIRED = Map.of("topics.alert-decisions",
        "no longer read: decisions come from one topic per authority, named by topics.authority-decisions-pattern "
            + "(default " + Topics.defaults().authorityDecisionsPattern() + "), so that the topic's ACL says who may decide for whom");

    /** Half of what the login-failure topic keeps, so a count never misses a failure deleted by age. */
    static final Duration MAX_LOGIN_THROTTLE = TopicCatalogue.LOGIN_FAILURES_KEPT.dividedBy(2);

    private ConfigValidation() {
    }

    /** Problems of the explicitly set keys ({@code key → value}, {@code key → origin}). */
    static List<String> problems(Map<String, String> values, Map<String, String> origins) {
        List<String> problems = new ArrayList<>();
        values.forEach((key, value) -> {
            String origin = origins.getOrDefault(key, ResolvedConfig.DEFAULT);
            Optional<ConfigKey> declared = ConfigKey.of(key);
            if (declared.isPresent()) {
                if (!declared.get().type().accepts().test(value)) {
                    problems.add(key + "=" + display(declared.get(), value) + where(origin) + ": expected "
                        + declared.get().type().expected());
                }
            } else if (!PassThroughKeys.isPassThrough(key) || !PassThroughKeys.known(key)) {
                problems.add(unknown(key, origin));
            }
        });
        return problems;
    }

    /** Cross-key rules the types alone cannot say. */
    static List<String> inconsistencies(Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        ordered(values, ConfigKey.SCORING_LANE_YELLOW_FROM, ConfigKey.SCORING_LANE_RED_FROM, problems);
        ordered(values, ConfigKey.SCORING_SEVERITY_MEDIUM_FROM, ConfigKey.SCORING_SEVERITY_HIGH_FROM, problems);
        ordered(values, ConfigKey.SCORING_SEVERITY_HIGH_FROM, ConfigKey.SCORING_SEVERITY_CRITICAL_FROM, problems);
        throttleWithinKeptFailures(values, problems);
        return problems;
    }

    /** The consoles count wrong passwords from their topic, which keeps them only so long. */
    private static void throttleWithinKeptFailures(Map<String, String> values, List<String> problems) {
        Duration throttle = Duration.parse(values.get(ConfigKey.CONSOLE_LOGIN_THROTTLE.key()).trim());
        if (throttle.compareTo(MAX_LOGIN_THROTTLE) > 0) {
            problems.add(ConfigKey.CONSOLE_LOGIN_THROTTLE.key() + "=" + throttle + " is longer than " + MAX_LOGIN_THROTTLE
                + ": the consoles keep wrong passwords on " + values.get(ConfigKey.TOPICS_LOGIN_FAILURES.key()) + " for "
                + TopicCatalogue.LOGIN_FAILURES_KEPT + " only");
        }
    }

    private static void ordered(Map<String, String> values, ConfigKey lower, ConfigKey higher, List<String> problems) {
        int low = Integer.parseInt(values.get(lower.key()).trim());
        int high = Integer.parseInt(values.get(higher.key()).trim());
        if (low > high) {
            problems.add(higher.key() + "=" + high + " is below " + lower.key() + "=" + low + ": expected "
                + lower.key() + " ≤ " + higher.key());
        }
    }

    static String unknown(String key, String origin) {
        if (RETIRED.containsKey(key)) {
            return key + where(origin) + " is " + RETIRED.get(key);
        }
        String what = PassThroughKeys.isPassThrough(key)
            ? (key.startsWith(PassThroughKeys.KAFKA) ? ": not a Kafka client or Streams setting" : ": not an Apicurio serde setting")
            : "";
        return "unknown key " + key + where(origin) + what + suggestion(key, knownKeys());
    }

    static String suggestion(String name, Set<String> known) {
        return KeySuggestions.nearest(name, known).map(k -> " — did you mean " + k + "?")
            .orElse(" — sentinel config print-defaults lists every key");
    }

    static Set<String> knownKeys() {
        Set<String> known = new TreeSet<>(PassThroughKeys.all());
        for (ConfigKey k : ConfigKey.values()) {
            known.add(k.key());
        }
        return known;
    }

    /** " in FILE", " from SENTINEL_X". */
    private static String where(String origin) {
        return origin.startsWith("SENTINEL_") ? " from " + origin : " in " + origin;
    }

    private static String display(ConfigKey key, String value) {
        return SecretMasking.isSecret(key.key()) ? SecretMasking.HIDDEN : value;
    }
}
