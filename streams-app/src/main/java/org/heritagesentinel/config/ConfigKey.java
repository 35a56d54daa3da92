package org.heritagesentinel.config;

import static org.heritagesentinel.config.ValueType.BOOLEAN;
import static org.heritagesentinel.config.ValueType.BROKERS;
import static org.heritagesentinel.config.ValueType.CODES;
import static org.heritagesentinel.config.ValueType.COUNT;
import static org.heritagesentinel.config.ValueType.DURATION;
import static org.heritagesentinel.config.ValueType.HTTP_URL;
import static org.heritagesentinel.config.ValueType.NAME;
import static org.heritagesentinel.config.ValueType.PORT;
import static org.heritagesentinel.config.ValueType.RATE;
import static org.heritagesentinel.config.ValueType.RATIO;
import static org.heritagesentinel.config.ValueType.SCORE;
import static org.heritagesentinel.config.ValueType.TEXT;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.heritagesentinel.avro.SharingScope;

/**
 * Every configuration key, declared once: name, type, default, meaning and whether it is secret.
 * Loading, the {@code SENTINEL_*} environment names, validation, {@code sentinel config print-defaults},
 * {@code config/sentinel.example.properties} and the README's table all come from this list, so adding
 * a key is one line here plus reading it in {@link ConfigLoader}. A key with {@code <NAME>} in it is a
 * family ({@code jurisdictions.QA.members}); a default of {@code null} means "not set".
 */
public enum ConfigKey {
    APPLICATION_ID("application.id", NAME, "heritage-sentinel",
        "Kafka Streams application id: consumer group and prefix of the internal topics"),
    KAFKA_BOOTSTRAP_SERVERS("kafka.bootstrap.servers", BROKERS, "localhost:9092", "brokers to connect to"),
    REGISTRY_URL("registry.url", HTTP_URL, "http://localhost:8081/apis/registry/v2", "Apicurio Registry API (v2 or v3)"),

    TOPICS_DECLARATIONS("topics.declarations", NAME, Topics.defaults().declarations(), "customs declarations (input)"),
    TOPICS_SEIZURES("topics.seizures", NAME, Topics.defaults().seizures(), "seizure reports (input)"),
    TOPICS_WATCHLIST_SUBMISSIONS("topics.watchlist-submissions", NAME, Topics.defaults().watchlistSubmissions(),
        "watchlist entries submitted for validation (input)"),
    TOPICS_WATCHLIST_ENTRIES("topics.watchlist-entries", NAME, Topics.defaults().watchlistEntries(),
        "the validated watchlist (compacted)"),
    TOPICS_WATCHLIST_AUDIT("topics.watchlist-audit", NAME, Topics.defaults().watchlistAudit(), "who changed the watchlist"),
    TOPICS_SCREENING_RESULTS("topics.screening-results", NAME, Topics.defaults().screeningResults(),
        "one record per screening, read by explain"),
    TOPICS_ALERTS("topics.alerts", NAME, Topics.defaults().alerts(), "every alert"),
    TOPICS_AUTHORITY_DECISIONS_PATTERN("topics.authority-decisions-pattern", NAME,
        Topics.defaults().authorityDecisionsPattern(),
        "per-authority decision topic (%s = authority code in lower case): its ACL says who may decide for whom (input)"),
    TOPICS_DEAD_LETTER("topics.dead-letter", NAME, Topics.defaults().deadLetter(), "records that could not be processed"),
    TOPICS_AUTHORITY_ALERTS_PATTERN("topics.authority-alerts-pattern", NAME, Topics.defaults().authorityAlertsPattern(),
        "per-authority alert view (%s = authority code in lower case)"),
    TOPICS_UNROUTED_ALERTS("topics.unrouted-alerts", NAME, Topics.defaults().unroutedAlerts(),
        "alert views for recipients outside region.authorities"),
    TOPICS_OUTCOMES("topics.outcomes", NAME, Topics.defaults().outcomes(), "inspection outcomes linked to alerts"),
    TOPICS_EXCHANGE_RATES("topics.exchange-rates", NAME, Topics.defaults().exchangeRates(), "exchange rates (input)"),
    TOPICS_LOGIN_FAILURES("topics.login-failures", NAME, Topics.defaults().loginFailures(),
        "the consoles' wrong passwords, counted by every instance for the login throttle"),
    TOPICS_PARTITIONS("topics.partitions", COUNT, "6", "partitions of the topics created by topics create"),
    TOPICS_REPLICATION_FACTOR("topics.replication-factor", ValueType.integer(1, Short.MAX_VALUE), "3",
        "replicas of every topic (1 on a one-broker test cluster)"),

    SHARING_PERSONAL_DATA_ROLES("sharing.personal-data-roles", CODES, "SCREENING,LISTING,ORIGIN,EXPORT,DESTINATION",
        "recipient roles that see personal data of party hits"),
    REGION_AUTHORITIES("region.authorities", CODES, "AE,BH,DZ,EG,IQ,JO,KW,LB,LY,MA,OM,PS,QA,SA,SD,SY,TN,YE",
        "authorities of the region: each gets alerts.<authority>.v1"),

    SCORING_LANE_YELLOW_FROM("scoring.lane.yellow-from", SCORE, "30", "score from which a declaration goes to the YELLOW lane"),
    SCORING_LANE_RED_FROM("scoring.lane.red-from", SCORE, "70", "score from which a declaration goes to the RED lane"),
    SCORING_SEVERITY_MEDIUM_FROM("scoring.severity.medium-from", SCORE, "30", "score from which an alert is MEDIUM"),
    SCORING_SEVERITY_HIGH_FROM("scoring.severity.high-from", SCORE, "60", "score from which an alert is HIGH"),
    SCORING_SEVERITY_CRITICAL_FROM("scoring.severity.critical-from", SCORE, "85", "score from which an alert is CRITICAL"),
    EVENT_TIME_MAX_FUTURE_SKEW("event-time.max-future-skew", DURATION, "PT15M",
        "an acceptance time further in the future is not trusted"),
    EVENT_TIME_HORIZON("event-time.horizon", DURATION, "P400D", "an acceptance time longer ago is not trusted"),

    MATCHING_PARTY_THRESHOLD("matching.party.threshold", RATIO, "0.80", "minimum party match score that raises a hit"),
    MATCHING_PARTY_MAX_POSTING("matching.party.max-posting", COUNT, "300",
        "a name key shared by more listed entries is too common to be a candidate source"),
    MATCHING_PARTY_MAX_PART_POSTING("matching.party.max-part-posting", COUNT, "40",
        "a name part shared by more listed entries is looked up through its pairs with the name's other parts"),
    MATCHING_PARTY_NAME_CACHE("matching.party.name-cache", ValueType.integer(0, 10_000_000), "400000",
        "parsed names kept for the names met again, per generation (up to twice this, about 400 bytes each; docs/operations.md,"
            + " Sizing): a long list screens faster with more; 0 parses every name every time"),
    MATCHING_PARTY_SCORING("matching.party.scoring", ValueType.NAMED_NUMBERS, "",
        "overrides of the party scoring table by name, e.g. weakAliasFactor=0.8 (docs/quality.md); empty = the shipped table"),
    // above the object matcher's cap for generic descriptions (0.5): "bronze coin" alone never alerts
    MATCHING_OBJECT_THRESHOLD("matching.object.threshold", RATIO, "0.60", "minimum object match score that raises a hit"),
    MATCHING_OBJECT_SCORING("matching.object.scoring", ValueType.NAMED_NUMBERS, "",
        "overrides of the object scoring table by name, e.g. genericCap=0.45 (docs/quality.md); empty = the shipped table"),

    SEIZURES_ENTRY_VALIDITY("seizures.entry-validity", DURATION, "P730D", "how long a seizure stays on the watchlist"),
    SEIZURES_ENTRY_WEIGHT("seizures.entry-weight", SCORE, "75", "risk weight of a watchlist entry made from a seizure"),
    SEIZURES_SHARING_SCOPE("seizures.sharing-scope", ValueType.oneOf(SharingScope.class), "REGIONAL",
        "who sees the watchlist entries made from seizures"),

    HTTP_HOST("http.host", NAME, "127.0.0.1", "address of the ops endpoints (/metrics, /health, /outcomes)"),
    HTTP_PORT("http.port", PORT, "8080", "port of the ops endpoints (0 = any free port, -1 = off)"),

    MONEY_RATE_MAX_AGE("money.rate-max-age", DURATION, "P4D",
        "how old the latest exchange rate may be before a value is not evaluable"),
    MONEY_NOT_EVALUABLE_SCORE("money.not-evaluable-score", SCORE, "30", "score of a hit whose value cannot be converted"),
    JURISDICTIONS_EU_MEMBERS("jurisdictions.EU.members", CODES,
        "AT,BE,BG,CY,CZ,DE,DK,EE,ES,FI,FR,GR,HR,HU,IE,IT,LT,LU,LV,MT,NL,PL,PT,RO,SE,SI,SK",
        "authorities bound by the EU's value thresholds"),
    JURISDICTIONS_EU_RATE_DAY("jurisdictions.EU.rate-day", ValueType.RATE_DAY, "MONTH_START",
        "which day's exchange rate applies in the EU"),
    JURISDICTIONS_DEFAULT_RATE_DAY("jurisdictions.default.rate-day", ValueType.RATE_DAY, "ACCEPTANCE_DAY",
        "which day's exchange rate applies where the jurisdiction sets none"),
    JURISDICTION_MEMBERS("jurisdictions.<NAME>.members", CODES, null,
        "authorities bound by jurisdiction NAME's thresholds (a country without members binds itself)"),
    JURISDICTION_RATE_DAY("jurisdictions.<NAME>.rate-day", ValueType.RATE_DAY, null,
        "which day's exchange rate applies in jurisdiction NAME"),

    RETRO_WINDOW("retro.window", DURATION, "P30D", "how far back declarations are kept and re-screened"),
    RETRO_MAX_ALERTS_PER_CHANGE("retro.max-alerts-per-change", ValueType.integer(0, Integer.MAX_VALUE), "200",
        "cap on the retro alerts one watchlist change raises"),
    RETRO_RELEASED_AFTER("retro.released-after", DURATION, "PT6H",
        "a declaration accepted longer ago is assumed released: post-clearance control"),
    RETRO_MAX_ALERTS_PER_IMPORT("retro.max-alerts-per-import", ValueType.integer(0, Integer.MAX_VALUE), "600",
        "cap on the retro alerts of one bulk import; the rest are summarised"),
    RETRO_IMPORT_QUIET_PERIOD("retro.import-quiet-period", DURATION, "PT1M",
        "silence after which a bulk import's summary alert is raised"),
    RETRO_MAX_TIME_PER_PASS("retro.max-time-per-pass", DURATION, "PT0.1S",
        "longest a retro-screening pass holds its task (at least one declaration); the change resumes where it stopped"),
    ALERTS_SUPPRESSION_PERIOD("alerts.suppression-period", DURATION, "P90D",
        "how long a dismissed or inspected-clean pair raises no hit"),
    ALERTS_ESCALATE_RED_AFTER("alerts.escalate-red-after", DURATION, "PT30M",
        "a RED alert without a decision for this long is escalated, once"),

    OUTCOMES_LOOK_BACK("outcomes.look-back", DURATION, "P90D",
        "a seizure links to declarations accepted this long before it"),
    OUTCOMES_LINK_RETENTION("outcomes.link-retention", DURATION, "P180D",
        "how long declarations stay indexed for linking (≥ look-back + reporting delay)"),
    QUERIES_ENABLED("queries.enabled", BOOLEAN, "true", "false switches the register queries off even with tokens"),
    QUERIES_TOKENS("queries.tokens", TEXT, "", "bearer token per authority (JO=...,MA=...); none = queries off", true),
    QUERIES_TOKENS_FILE("queries.tokens-file", TEXT, "", "properties file of bearer tokens per authority"),
    QUERIES_ADVERTISED_HOST("queries.advertised-host", TEXT, "",
        "host other instances forward queries to (empty = http.host)"),
    QUERIES_MAX_URI_LENGTH("queries.max-uri-length", COUNT, "1024", "longer request URIs are refused (414)"),
    QUERIES_RATE("queries.rate", RATE, "5", "sustained requests per second per client (429 beyond the burst)"),
    QUERIES_BURST("queries.burst", COUNT, "20", "requests a client may send at once"),
    QUERIES_FORWARD_TIMEOUT("queries.forward-timeout", DURATION, "PT5S", "timeout of a query forwarded to another instance"),

    SOURCES_MAX_DELIST_SHARE("sources.max-delist-share", RATIO, "0.2",
        "watchlist sync stops (unless --force) when a source edition would delist a larger share of its entries"),

    LIMITS_RECORD_BYTES("limits.record-bytes", COUNT, "786432", "an input value larger than this is dead-lettered "
        + "undecoded (room, under the producer's 1 MiB max.request.size, for what is derived from it)"),
    LIMITS_ENTRY_NAMES("limits.entry.names", COUNT, "50", "names and aliases a listed party may have; more is refused"),
    LIMITS_ENTRY_NAME_LENGTH("limits.entry.name-length", COUNT, "120", "characters of one listed name; longer is refused"),
    LIMITS_ENTRY_LIST_SIZE("limits.entry.list-size", COUNT, "100",
        "items of any other list of a watchlist entry (identifiers, countries, containers, keywords...)"),
    LIMITS_ENTRY_TEXT_LENGTH("limits.entry.text-length", COUNT, "4000", "characters of any other text of a watchlist entry"),
    LIMITS_DECLARATION_NAME_COMPARISONS("limits.declaration.name-comparisons", COUNT, "20000",
        "listed names compared with one declaration's parties at most; beyond, it is flagged NOT_SCREENED"),
    HEALTH_STALL_AFTER("health.stall-after", DURATION, "PT2M",
        "a stream thread without progress this long turns /health/ready DOWN and names its tasks"),
    SHUTDOWN_TIMEOUT("shutdown.timeout", DURATION, "PT30S", "how long a graceful shutdown waits for the stream threads"),

    CONSOLE_HOST("console.host", NAME, "127.0.0.1", "address the analyst console listens on"),
    CONSOLE_PORT("console.port", PORT, "8090", "port of the analyst console (0 = any free port)"),
    CONSOLE_AUTHORITIES("console.authorities", CODES, "",
        "authorities whose users this console serves (empty = every authority of the accounts file)"),
    CONSOLE_ACCOUNTS_FILE("console.accounts-file", TEXT, "",
        "local accounts, one user:bcrypt-hash:AUTHORITY:ROLE+ROLE:language:time-zone a line (required by sentinel console)"),
    CONSOLE_SESSION_SECRET("console.session-secret", TEXT, "",
        "key of the encrypted session cookies, the same on every instance (empty = random per process)", true),
    CONSOLE_SESSION_SECRET_FILE("console.session-secret-file", TEXT, "",
        "a file holding console.session-secret (a Docker secret); wins over it"),
    CONSOLE_SESSION_TIMEOUT("console.session-timeout", DURATION, "PT8H", "a console session ends after this long"),
    CONSOLE_SECURE_COOKIES("console.secure-cookies", BOOLEAN, "true",
        "session cookies only over HTTPS (false only for plain HTTP on localhost)"),
    CONSOLE_LOGIN_MAX_FAILURES("console.login.max-failures", COUNT, "5",
        "wrong passwords within console.login.throttle after which an account is throttled"),
    CONSOLE_LOGIN_THROTTLE("console.login.throttle", DURATION, "PT15M",
        "the period in which max-failures wrong passwords, counted on every console instance, throttle an account (at most P1D)"),
    CONSOLE_NEXT_STEP_PARTY_WATCHLIST("console.next-step.PARTY_WATCHLIST", TEXT,
        "Check the party's identity documents against the listing; hold the goods for a physical inspection if the identity is confirmed.",
        "recommended next step shown with a PARTY_WATCHLIST hit"),
    CONSOLE_NEXT_STEP_STOLEN_OBJECT("console.next-step.STOLEN_OBJECT", TEXT,
        "Inspect the goods and compare them with the listed object's photographs; contact the listing authority through the INTERPOL NCB before release.",
        "recommended next step shown with a STOLEN_OBJECT hit"),
    CONSOLE_NEXT_STEP_EMBARGO_ORIGIN("console.next-step.EMBARGO_ORIGIN", TEXT,
        "Ask for proof of lawful export before the embargo date; without it, detain the goods under the cited resolution.",
        "recommended next step shown with an EMBARGO_ORIGIN hit"),
    CONSOLE_NEXT_STEP_REDLIST_NO_LICENCE("console.next-step.REDLIST_NO_LICENCE", TEXT,
        "Ask the declarant for the export licence of the country of origin; do not release without it.",
        "recommended next step shown with a REDLIST_NO_LICENCE hit"),
    CONSOLE_NEXT_STEP_DEFAULT("console.next-step.DEFAULT", TEXT, "Review the evidence, then acknowledge, assign or decide.",
        "recommended next step for the rule types without one of their own"),
    CONSOLE_OIDC_ISSUER("console.oidc.issuer", TEXT, "",
        "OpenID Connect issuer URL (its /.well-known/openid-configuration); empty = local accounts only"),
    CONSOLE_OIDC_CLIENT_ID("console.oidc.client-id", TEXT, "sentinel-console", "the console's client id at the identity provider"),
    CONSOLE_OIDC_CLIENT_SECRET("console.oidc.client-secret", TEXT, "",
        "the console's client secret (empty = a public client: PKCE only)", true),
    CONSOLE_OIDC_REDIRECT_URI("console.oidc.redirect-uri", TEXT, "",
        "the console's callback as registered at the provider, https://HOST/oidc/callback (required with an issuer)"),
    CONSOLE_OIDC_AUTHORITY_CLAIM("console.oidc.authority-claim", TEXT, "sentinel_authority",
        "ID-token claim holding the user's authority (a dotted path reads a nested claim)"),
    CONSOLE_OIDC_ROLES_CLAIM("console.oidc.roles-claim", TEXT, "realm_access.roles",
        "ID-token claim holding the user's roles: ANALYST, SUPERVISOR, ADMIN (others ignored)"),
    CONSOLE_OIDC_USERNAME_CLAIM("console.oidc.username-claim", TEXT, "preferred_username",
        "ID-token claim written as the user into decisions and governance records"),
    CONSOLE_REGISTER_URL("console.register.url", TEXT, "",
        "ops endpoint of the application answering the seized-object register (empty = register page off)"),
    CONSOLE_REGISTER_TOKENS("console.register.tokens", TEXT, "",
        "query token per served authority the console presents to the register (JO=...,MA=...)", true),
    CONSOLE_NEXT_STEP("console.next-step.<NAME>", TEXT, null, "recommended next step shown with a hit of rule type NAME");

    private static final String NAME_PART = "<NAME>";

    private final String key;
    private final ValueType type;
    private final String defaultValue;
    private final String description;
    private final boolean secret;
    private final Pattern family;

    ConfigKey(String key, ValueType type, String defaultValue, String description) {
        this(key, type, defaultValue, description, false);
    }

    ConfigKey(String key, ValueType type, String defaultValue, String description, boolean secret) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
        this.secret = secret;
        this.family = key.contains(NAME_PART)
            ? Pattern.compile(Pattern.quote(key).replace(NAME_PART, "\\E[A-Za-z0-9_-]+\\Q")) : null;
    }

    public String key() {
        return key;
    }

    public ValueType type() {
        return type;
    }

    /** The built-in value, or empty when the key is unset by default. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public String description() {
        return description;
    }

    public boolean secret() {
        return secret;
    }

    /** A family of keys ({@code jurisdictions.<NAME>.members}) rather than one key. */
    public boolean isFamily() {
        return family != null;
    }

    public boolean matches(String name) {
        return family == null ? key.equals(name) : family.matcher(name).matches();
    }

    /** {@code SENTINEL_A_B_C} for {@code a.b-c}. */
    public static String envName(String key) {
        return "SENTINEL_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The declaration a key belongs to: its own, or its family's. */
    public static Optional<ConfigKey> of(String name) {
        for (ConfigKey k : values()) {
            if (!k.isFamily() && k.key.equals(name)) {
                return Optional.of(k);
            }
        }
        for (ConfigKey k : values()) {
            if (k.matches(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
