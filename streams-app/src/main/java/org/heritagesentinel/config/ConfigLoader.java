package org.heritagesentinel.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.seizure.SeizureIntelligence;

/**
 * Reads configuration: built-in defaults, then a properties file, then environment variables.
 * A key {@code a.b-c} is overridden by the variable {@code SENTINEL_A_B_C}; unknown
 * {@code kafka.*} and {@code registry.*} keys are passed through to the clients.
 */
public final class ConfigLoader {
    private static final String ENV_PREFIX = "SENTINEL_";

    private static final Map<String, String> DEFAULTS = defaults();

    private ConfigLoader() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        Topics t = Topics.defaults();
        d.put("application.id", "heritage-sentinel");
        d.put("kafka.bootstrap.servers", "localhost:9092");
        d.put("registry.url", "http://localhost:8081/apis/registry/v2");
        d.put("topics.declarations", t.declarations());
        d.put("topics.seizures", t.seizures());
        d.put("topics.watchlist-submissions", t.watchlistSubmissions());
        d.put("topics.watchlist-entries", t.watchlistEntries());
        d.put("topics.watchlist-audit", t.watchlistAudit());
        d.put("topics.screening-results", t.screeningResults());
        d.put("topics.alerts", t.alerts());
        d.put("topics.alert-decisions", t.alertDecisions());
        d.put("topics.dead-letter", t.deadLetter());
        d.put("topics.authority-alerts-pattern", t.authorityAlertsPattern());
        d.put("topics.unrouted-alerts", t.unroutedAlerts());
        d.put("topics.outcomes", t.outcomes());
        d.put("sharing.personal-data-roles", "SCREENING,LISTING,ORIGIN,EXPORT,DESTINATION");
        d.put("topics.exchange-rates", t.exchangeRates());
        d.put("topics.partitions", "6");
        d.put("topics.replication-factor", "3");
        d.put("scoring.lane.yellow-from", "30");
        d.put("scoring.lane.red-from", "70");
        d.put("scoring.severity.medium-from", "30");
        d.put("scoring.severity.high-from", "60");
        d.put("scoring.severity.critical-from", "85");
        d.put("event-time.max-future-skew", "PT15M");
        d.put("event-time.horizon", "P400D");
        d.put("matching.party.threshold", "0.80");
        // a name key shared by more listed entries than this is too common to be a candidate source
        d.put("matching.party.max-posting", "300");
        // a name part shared by more listed entries than this is looked up through its pairs with the
        // name's other parts: the cost per declaration then stays flat as the list grows
        d.put("matching.party.max-part-posting", "40");
        // above the object matcher's cap for generic descriptions (0.5): "bronze coin" alone never alerts
        d.put("matching.object.threshold", "0.60");
        d.put("seizures.entry-validity", "P730D");
        d.put("seizures.entry-weight", "75");
        d.put("seizures.sharing-scope", "REGIONAL");
        d.put("http.host", "127.0.0.1");
        d.put("http.port", "8080");
        d.put("money.rate-max-age", "P4D");
        d.put("money.not-evaluable-score", "30");
        d.put("jurisdictions.EU.members", "AT,BE,BG,CY,CZ,DE,DK,EE,ES,FI,FR,GR,HR,HU,IE,IT,LT,LU,LV,MT,NL,PL,PT,RO,SE,SI,SK");
        d.put("jurisdictions.EU.rate-day", "MONTH_START");
        d.put("jurisdictions.default.rate-day", "ACCEPTANCE_DAY");
        d.put("retro.window", "P30D");
        d.put("retro.max-alerts-per-change", "200");
        d.put("retro.released-after", "PT6H");
        d.put("retro.max-alerts-per-import", "600");
        d.put("retro.import-quiet-period", "PT1M");
        d.put("alerts.suppression-period", "P90D");
        d.put("alerts.escalate-red-after", "PT30M");
        d.put("region.authorities", "AE,BH,DZ,EG,IQ,JO,KW,LB,LY,MA,OM,PS,QA,SA,SD,SY,TN,YE");
        d.put("outcomes.look-back", "P90D");
        d.put("outcomes.link-retention", "P180D");
        d.put("queries.enabled", "true");
        d.put("queries.tokens", "");
        d.put("queries.tokens-file", "");
        d.put("queries.advertised-host", "");
        d.put("queries.max-uri-length", "1024");
        d.put("queries.rate", "5");
        d.put("queries.burst", "20");
        d.put("queries.forward-timeout", "PT5S");
        d.put("limits.record-bytes", "786432");
        d.put("limits.entry.names", "50");
        d.put("limits.entry.name-length", "120");
        d.put("limits.entry.list-size", "100");
        d.put("limits.entry.text-length", "4000");
        d.put("limits.declaration.name-comparisons", "20000");
        d.put("health.stall-after", "PT2M");
        d.put("shutdown.timeout", "PT30S");
        return d;
    }

    public static SentinelConfig defaultsOnly() {
        return fromMap(DEFAULTS);
    }

    /** Defaults, then {@code file} (may be null), then the environment. */
    public static SentinelConfig load(Path file, Map<String, String> environment) {
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        if (file != null) {
            merged.putAll(readProperties(file));
        }
        merged.putAll(fromEnvironment(environment, merged.keySet()));
        return fromMap(merged);
    }

    /** Defaults overridden by explicit values (tests, the embedded demo). */
    public static SentinelConfig withOverrides(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        merged.putAll(overrides);
        return fromMap(merged);
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
     * Environment variables: known keys by their derived name, and any other
     * {@code SENTINEL_KAFKA_*} / {@code SENTINEL_REGISTRY_*} as a pass-through client setting.
     */
    static Map<String, String> fromEnvironment(Map<String, String> environment, Set<String> knownKeys) {
        Map<String, String> result = new TreeMap<>();
        Map<String, String> envNameToKey = knownKeys.stream()
            .collect(Collectors.toMap(ConfigLoader::envName, Function.identity(), (a, b) -> a));
        environment.forEach((name, value) -> {
            if (!name.startsWith(ENV_PREFIX)) {
                return;
            }
            String known = envNameToKey.get(name);
            if (known != null) {
                result.put(known, value);
            } else if (name.startsWith(ENV_PREFIX + "KAFKA_") || name.startsWith(ENV_PREFIX + "REGISTRY_")) {
                result.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return result;
    }

    static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static SentinelConfig fromMap(Map<String, String> m) {
        Topics topics = new Topics(m.get("topics.declarations"), m.get("topics.seizures"),
            m.get("topics.watchlist-submissions"), m.get("topics.watchlist-entries"), m.get("topics.watchlist-audit"),
            m.get("topics.screening-results"), m.get("topics.alerts"), m.get("topics.alert-decisions"),
            m.get("topics.dead-letter"), m.get("topics.authority-alerts-pattern"), m.get("topics.unrouted-alerts"),
            m.get("topics.outcomes"), m.get("topics.exchange-rates"));
        SentinelConfig.Scoring scoring = new SentinelConfig.Scoring(
            integer(m, "scoring.lane.yellow-from"), integer(m, "scoring.lane.red-from"),
            integer(m, "scoring.severity.medium-from"), integer(m, "scoring.severity.high-from"),
            integer(m, "scoring.severity.critical-from"));
        SentinelConfig.EventTime eventTime = new SentinelConfig.EventTime(
            duration(m, "event-time.max-future-skew"), duration(m, "event-time.horizon"));
        SentinelConfig.Http http = new SentinelConfig.Http(m.get("http.host"), integer(m, "http.port"));
        Set<String> authorities = codes(m.get("region.authorities"));
        return new SentinelConfig(m.get("application.id"), m.get("kafka.bootstrap.servers"), m.get("registry.url"),
            withPrefix(m, "kafka."), withPrefix(m, "registry."), topics, scoring, eventTime, http, authorities,
            integer(m, "topics.partitions"), (short) integer(m, "topics.replication-factor"),
            decimal(m, "matching.party.threshold"),
            new SentinelConfig.PartyCandidates(integer(m, "matching.party.max-posting"),
                integer(m, "matching.party.max-part-posting")),
            decimal(m, "matching.object.threshold"),
            new SeizureIntelligence.Settings(duration(m, "seizures.entry-validity"), integer(m, "seizures.entry-weight"),
                SharingScope.valueOf(m.get("seizures.sharing-scope").trim().toUpperCase(Locale.ROOT))),
            codes(m.get("sharing.personal-data-roles")),
            new SentinelConfig.Money(duration(m, "money.rate-max-age"), integer(m, "money.not-evaluable-score"),
                jurisdictions(m)),
            new SentinelConfig.Retro(duration(m, "retro.window"), integer(m, "retro.max-alerts-per-change"),
                duration(m, "retro.released-after"), integer(m, "retro.max-alerts-per-import"),
                duration(m, "retro.import-quiet-period")),
            new SentinelConfig.AlertDecisions(duration(m, "alerts.suppression-period"),
                duration(m, "alerts.escalate-red-after")),
            new SentinelConfig.Coordination(duration(m, "outcomes.look-back"), duration(m, "outcomes.link-retention"),
                new SentinelConfig.Queries(Boolean.parseBoolean(m.get("queries.enabled").trim()), QueryTokens.digests(
                    m.get("queries.tokens"), m.get("queries.tokens-file")), m.get("queries.advertised-host").trim(),
                    integer(m, "queries.max-uri-length"), decimal(m, "queries.rate"), integer(m, "queries.burst"),
                    duration(m, "queries.forward-timeout"))),
            new SentinelConfig.Limits(integer(m, "limits.record-bytes"), new SentinelConfig.EntryLimits(
                integer(m, "limits.entry.names"), integer(m, "limits.entry.name-length"), integer(m, "limits.entry.list-size"),
                integer(m, "limits.entry.text-length")), integer(m, "limits.declaration.name-comparisons"),
                duration(m, "health.stall-after"), duration(m, "shutdown.timeout")));
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

    private static int integer(Map<String, String> m, String key) {
        String value = m.get(key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("configuration " + key + " must be an integer, got '" + value + "'", e);
        }
    }

    private static double decimal(Map<String, String> m, String key) {
        String value = m.get(key);
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("configuration " + key + " must be a number, got '" + value + "'", e);
        }
    }

    private static Duration duration(Map<String, String> m, String key) {
        String value = m.get(key);
        try {
            return Duration.parse(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration " + key + " must be an ISO-8601 duration (e.g. PT15M), got '"
                + value + "'", e);
        }
    }
}
