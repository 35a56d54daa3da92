package org.heritagesentinel.config;

import static org.heritagesentinel.config.ConfigKey.*;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.SharingScope;

/**
 * Reads configuration: the defaults declared in {@link ConfigKey}, then a properties file, then
 * environment variables. A key {@code a.b-c} is overridden by the variable {@code SENTINEL_A_B_C};
 * {@code kafka.*} and {@code registry.*} keys the clients know are passed through to them. Anything
 * else, and any value of the wrong kind, stops the load with a {@link ConfigurationError} naming it.
 */
public final class ConfigLoader {
    private static final String ENV_PREFIX = "SENTINEL_";
    /** {@code SENTINEL_*} variables that are not keys: the launcher's, logging's, Docker Compose's, the connectors'. */
    private static final Set<String> OTHER_VARIABLES = Set.of("SENTINEL_JAVA_OPTS", "SENTINEL_LOG_LEVEL",
        "SENTINEL_REGISTRY_HOME", "SENTINEL_VERSION", "SENTINEL_TOPIC_PARTITIONS", "SENTINEL_TOPIC_REPLICATION_FACTOR",
        "SENTINEL_SCREEN_LIVE_FROM", "SENTINEL_DECLARATIONS_DROP_FILE", "SENTINEL_REGISTRY_CCOMPAT_URL");
    private static final Map<String, String> DEFAULTS = defaults();

    private ConfigLoader() {
    }

    /** Every declared key that has a default, with it. */
    public static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKey.values()) {
            key.defaultValue().ifPresent(v -> d.put(key.key(), v));
        }
        return d;
    }

    public static SentinelConfig defaultsOnly() {
        return fromMap(DEFAULTS);
    }

    /** Defaults, then {@code file} (may be null), then the environment. */
    public static SentinelConfig load(Path file, Map<String, String> environment) {
        return fromMap(resolve(file, environment).values());
    }

    /** The effective values and their origins, validated; throws {@link ConfigurationError} listing every problem. */
    public static ResolvedConfig resolve(Path file, Map<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        Map<String, String> origins = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (file != null) {
            Map<String, String> fromFile = readConfigurationFile(file);
            values.putAll(fromFile);
            fromFile.keySet().forEach(k -> origins.put(k, file.toString()));
        }
        fromEnvironment(environment, values, origins, problems);
        return validated(values, origins, problems);
    }

    /** Defaults overridden by explicit values (tests, the embedded demo), validated like a file. */
    public static SentinelConfig withOverrides(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        values.putAll(overrides);
        Map<String, String> origins = new LinkedHashMap<>();
        overrides.keySet().forEach(k -> origins.put(k, "override"));
        return fromMap(validated(values, origins, new ArrayList<>()).values());
    }

    private static ResolvedConfig validated(Map<String, String> values, Map<String, String> origins, List<String> problems) {
        problems.addAll(ConfigValidation.problems(values, origins));
        if (problems.isEmpty()) {
            problems.addAll(ConfigValidation.inconsistencies(values));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationError(String.join(System.lineSeparator(), problems));
        }
        return ResolvedConfig.of(values, origins);
    }

    private static Map<String, String> readConfigurationFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationError("configuration file " + file + " (-c) does not exist"
                + (Files.isDirectory(file) ? " as a file: it is a directory" : "") + "; sentinel config print-defaults > "
                + file + " writes a commented sample");
        }
        try {
            return readProperties(file);
        } catch (UncheckedIOException e) {
            throw new ConfigurationError("configuration file " + file + " (-c) cannot be read: " + e.getCause().getMessage(), e);
        }
    }

    static Map<String, String> readProperties(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration " + file, e);
        }
        return props.stringPropertyNames().stream()
            .collect(Collectors.toMap(Function.identity(), k -> props.getProperty(k).trim(), (a, b) -> b, TreeMap::new));
    }

    /**
     * {@code SENTINEL_*} variables: a declared key or family by its derived name, a client key the
     * Kafka clients or the serde know; any other is a problem (a typo would otherwise go unnoticed).
     */
    private static void fromEnvironment(Map<String, String> environment, Map<String, String> values,
                                        Map<String, String> origins, List<String> problems) {
        Map<String, String> envNameToKey = new TreeMap<>();
        ConfigValidation.knownKeys().forEach(k -> envNameToKey.putIfAbsent(ConfigKey.envName(k), k));
        new TreeMap<>(environment).forEach((name, value) -> {
            if (!name.startsWith(ENV_PREFIX) || OTHER_VARIABLES.contains(name)) {
                return;
            }
            String key = envNameToKey.containsKey(name) ? envNameToKey.get(name) : familyKey(name);
            if (key == null) {
                problems.add("unknown variable " + name + ConfigValidation.suggestion(name, envNameToKey.keySet()));
            } else {
                values.put(key, value);
                origins.put(key, name);
            }
        });
    }

    /** {@code SENTINEL_JURISDICTIONS_QA_MEMBERS} → {@code jurisdictions.QA.members}. */
    private static String familyKey(String name) {
        for (ConfigKey family : ConfigKey.values()) {
            if (family.isFamily()) {
                String[] around = ConfigKey.envName(family.key()).split("<NAME>");
                if (name.startsWith(around[0]) && name.endsWith(around[1]) && name.length() > around[0].length() + around[1].length()) {
                    String part = name.substring(around[0].length(), name.length() - around[1].length());
                    return family.key().replace("<NAME>", part);
                }
            }
        }
        return null;
    }

    private static SentinelConfig fromMap(Map<String, String> m) {
        Topics topics = new Topics(text(m, TOPICS_DECLARATIONS), text(m, TOPICS_SEIZURES),
            text(m, TOPICS_WATCHLIST_SUBMISSIONS), text(m, TOPICS_WATCHLIST_ENTRIES), text(m, TOPICS_WATCHLIST_AUDIT),
            text(m, TOPICS_SCREENING_RESULTS), text(m, TOPICS_ALERTS), text(m, TOPICS_AUTHORITY_DECISIONS_PATTERN),
            text(m, TOPICS_DEAD_LETTER), text(m, TOPICS_AUTHORITY_ALERTS_PATTERN), text(m, TOPICS_UNROUTED_ALERTS),
            text(m, TOPICS_OUTCOMES), text(m, TOPICS_EXCHANGE_RATES), text(m, TOPICS_LOGIN_FAILURES));
        SentinelConfig.Scoring scoring = new SentinelConfig.Scoring(
            integer(m, SCORING_LANE_YELLOW_FROM), integer(m, SCORING_LANE_RED_FROM),
            integer(m, SCORING_SEVERITY_MEDIUM_FROM), integer(m, SCORING_SEVERITY_HIGH_FROM),
            integer(m, SCORING_SEVERITY_CRITICAL_FROM));
        SentinelConfig.EventTime eventTime = new SentinelConfig.EventTime(
            duration(m, EVENT_TIME_MAX_FUTURE_SKEW), duration(m, EVENT_TIME_HORIZON));
        SentinelConfig.Http http = new SentinelConfig.Http(text(m, HTTP_HOST), integer(m, HTTP_PORT));
        Set<String> authorities = codes(m, REGION_AUTHORITIES);
        return new SentinelConfig(text(m, APPLICATION_ID), text(m, KAFKA_BOOTSTRAP_SERVERS), text(m, REGISTRY_URL),
            withPrefix(m, "kafka."), withPrefix(m, "registry."), topics, scoring, eventTime, http, authorities,
            integer(m, TOPICS_PARTITIONS), (short) integer(m, TOPICS_REPLICATION_FACTOR),
            decimal(m, MATCHING_PARTY_THRESHOLD),
            new SentinelConfig.PartyCandidates(integer(m, MATCHING_PARTY_MAX_POSTING),
                integer(m, MATCHING_PARTY_MAX_PART_POSTING)),
            integer(m, MATCHING_PARTY_NAME_CACHE),
            namedNumbers(m, MATCHING_PARTY_SCORING),
            decimal(m, MATCHING_OBJECT_THRESHOLD), namedNumbers(m, MATCHING_OBJECT_SCORING),
            new SentinelConfig.Seizures(duration(m, SEIZURES_ENTRY_VALIDITY), integer(m, SEIZURES_ENTRY_WEIGHT),
                SharingScope.valueOf(text(m, SEIZURES_SHARING_SCOPE).toUpperCase(Locale.ROOT))),
            codes(m, SHARING_PERSONAL_DATA_ROLES),
            new SentinelConfig.Money(duration(m, MONEY_RATE_MAX_AGE), integer(m, MONEY_NOT_EVALUABLE_SCORE),
                jurisdictions(m)),
            new SentinelConfig.Retro(duration(m, RETRO_WINDOW), integer(m, RETRO_MAX_ALERTS_PER_CHANGE),
                duration(m, RETRO_RELEASED_AFTER), integer(m, RETRO_MAX_ALERTS_PER_IMPORT),
                duration(m, RETRO_IMPORT_QUIET_PERIOD), duration(m, RETRO_MAX_TIME_PER_PASS)),
            new SentinelConfig.AlertDecisions(duration(m, ALERTS_SUPPRESSION_PERIOD),
                duration(m, ALERTS_ESCALATE_RED_AFTER)),
            new SentinelConfig.Coordination(duration(m, OUTCOMES_LOOK_BACK), duration(m, OUTCOMES_LINK_RETENTION),
                new SentinelConfig.Queries(Boolean.parseBoolean(text(m, QUERIES_ENABLED)), QueryTokens.digests(
                    text(m, QUERIES_TOKENS), text(m, QUERIES_TOKENS_FILE)), text(m, QUERIES_ADVERTISED_HOST),
                    integer(m, QUERIES_MAX_URI_LENGTH), decimal(m, QUERIES_RATE), integer(m, QUERIES_BURST),
                    duration(m, QUERIES_FORWARD_TIMEOUT))),
            new SentinelConfig.Sources(decimal(m, SOURCES_MAX_DELIST_SHARE)),
            console(m),
            limits(m));
    }

    private static SentinelConfig.Limits limits(Map<String, String> m) {
        return new SentinelConfig.Limits(integer(m, LIMITS_RECORD_BYTES), new SentinelConfig.EntryLimits(
            integer(m, LIMITS_ENTRY_NAMES), integer(m, LIMITS_ENTRY_NAME_LENGTH), integer(m, LIMITS_ENTRY_LIST_SIZE),
            integer(m, LIMITS_ENTRY_TEXT_LENGTH)), integer(m, LIMITS_DECLARATION_NAME_COMPARISONS),
            duration(m, HEALTH_STALL_AFTER), duration(m, SHUTDOWN_TIMEOUT));
    }

    private static SentinelConfig.Console console(Map<String, String> m) {
        return new SentinelConfig.Console(text(m, CONSOLE_HOST), integer(m, CONSOLE_PORT), codes(m, CONSOLE_AUTHORITIES),
            text(m, CONSOLE_ACCOUNTS_FILE), consoleSecret(m), duration(m, CONSOLE_SESSION_TIMEOUT),
            Boolean.parseBoolean(text(m, CONSOLE_SECURE_COOKIES)), integer(m, CONSOLE_LOGIN_MAX_FAILURES),
            duration(m, CONSOLE_LOGIN_THROTTLE), withPrefix(m, "console.next-step."), new SentinelConfig.Oidc(
                text(m, CONSOLE_OIDC_ISSUER), text(m, CONSOLE_OIDC_CLIENT_ID), text(m, CONSOLE_OIDC_CLIENT_SECRET),
                text(m, CONSOLE_OIDC_REDIRECT_URI), text(m, CONSOLE_OIDC_AUTHORITY_CLAIM), text(m, CONSOLE_OIDC_ROLES_CLAIM),
                text(m, CONSOLE_OIDC_USERNAME_CLAIM)),
            new SentinelConfig.RegisterAccess(text(m, CONSOLE_REGISTER_URL), registerTokens(text(m, CONSOLE_REGISTER_TOKENS))));
    }

    /** {@code JO=token,MA=token}: kept as given, since the console presents them (never printed: the key is secret). */
    private static Map<String, String> registerTokens(String inline) {
        Map<String, String> tokens = new TreeMap<>();
        for (String pair : inline.split(",")) {
            int eq = pair.indexOf('=');
            if (pair.isBlank()) {
                continue;
            }
            if (eq <= 0 || pair.substring(eq + 1).isBlank()) {
                throw new ConfigurationError(CONSOLE_REGISTER_TOKENS.key() + "=" + SecretMasking.HIDDEN
                    + ": expected AUTHORITY=token pairs such as JO=…,MA=…");
            }
            tokens.put(pair.substring(0, eq).trim().toUpperCase(Locale.ROOT), pair.substring(eq + 1).trim());
        }
        return tokens;
    }

    /** {@code console.session-secret-file} (a Docker secret) wins over {@code console.session-secret}. */
    private static String consoleSecret(Map<String, String> m) {
        String file = text(m, CONSOLE_SESSION_SECRET_FILE);
        if (file.isEmpty()) {
            return text(m, CONSOLE_SESSION_SECRET);
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new ConfigurationError(CONSOLE_SESSION_SECRET_FILE.key() + "=" + file + ": cannot be read ("
                + e.getMessage() + ")");
        }
    }

    /** {@code jurisdictions.<NAME>.members} and {@code jurisdictions.<NAME>.rate-day}; "default" is the fallback. */
    private static Map<String, SentinelConfig.Jurisdiction> jurisdictions(Map<String, String> m) {
        Map<String, SentinelConfig.Jurisdiction> result = new TreeMap<>();
        Set<String> names = m.keySet().stream().filter(k -> k.startsWith("jurisdictions."))
            .map(k -> k.substring("jurisdictions.".length(), k.lastIndexOf('.')))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String name : names) {
            String members = m.getOrDefault("jurisdictions." + name + ".members", "");
            String rateDay = m.getOrDefault("jurisdictions." + name + ".rate-day",
                m.getOrDefault("jurisdictions.default.rate-day", "ACCEPTANCE_DAY"));
            result.put(name.equals("default") ? name : name.toUpperCase(Locale.ROOT), new SentinelConfig.Jurisdiction(
                codes(members), rateDay.trim().toUpperCase(Locale.ROOT)));
        }
        return result;
    }

    private static Set<String> codes(Map<String, String> m, ConfigKey key) {
        return codes(text(m, key));
    }

    private static Set<String> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Map<String, String> withPrefix(Map<String, String> m, String prefix) {
        Map<String, String> result = new TreeMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                result.put(k.substring(prefix.length()), v);
            }
        });
        return result;
    }

    // values were validated against their declared types: parsing cannot fail here
    private static String text(Map<String, String> m, ConfigKey key) {
        return m.get(key.key()).trim();
    }

    private static int integer(Map<String, String> m, ConfigKey key) {
        return Integer.parseInt(text(m, key));
    }

    /** {@code genericCap=0.45,maxCandidates=200}, in the order given (the type checked the syntax). */
    private static Map<String, Double> namedNumbers(Map<String, String> m, ConfigKey key) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        Arrays.stream(text(m, key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(pair -> {
            int eq = pair.indexOf('=');
            numbers.put(pair.substring(0, eq).trim(), Double.parseDouble(pair.substring(eq + 1).trim()));
        });
        return Collections.unmodifiableMap(numbers);
    }

    private static double decimal(Map<String, String> m, ConfigKey key) {
        return Double.parseDouble(text(m, key));
    }

    private static Duration duration(Map<String, String> m, ConfigKey key) {
        return Duration.parse(text(m, key));
    }
}
