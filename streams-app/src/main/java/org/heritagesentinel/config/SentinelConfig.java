package org.heritagesentinel.config;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.heritagesentinel.avro.SharingScope;

/**
 * The whole configuration of Heritage Sentinel in one typed place. Built by {@link ConfigLoader}
 * from defaults, an optional properties file and {@code SENTINEL_*} environment variables.
 *
 * @param kafkaClient     every {@code kafka.*} key without its prefix, passed to the Kafka clients
 *                        (bootstrap.servers, security.protocol, sasl.*, ssl.*, ...)
 * @param registryClient  every {@code registry.*} key, passed to the Apicurio serde as {@code apicurio.registry.*}
 * @param partyNameCache  parsed names the party matcher keeps per generation of its cache ({@code matching.party.name-cache})
 * @param partyScoring    numbers of the party scoring table replaced by name ({@code matching.party.scoring}); the
 *                        table checks the names and ranges when screening is built
 * @param objectScoring   numbers of the object scoring table replaced by name ({@code matching.object.scoring}); the
 *                        table checks the names and ranges when screening is built
 */
public record SentinelConfig(
    String applicationId,
    String bootstrapServers,
    String registryUrl,
    Map<String, String> kafkaClient,
    Map<String, String> registryClient,
    Topics topics,
    Scoring scoring,
    EventTime eventTime,
    Http http,
    Set<String> regionAuthorities,
    int topicPartitions,
    short replicationFactor,
    double partyMatchThreshold,
    PartyCandidates partyCandidates,
    int partyNameCache,
    Map<String, Double> partyScoring,
    double objectMatchThreshold,
    Map<String, Double> objectScoring,
    Seizures seizures,
    Set<String> personalDataRoles,
    Money money,
    Retro retro,
    AlertDecisions alertDecisions,
    Coordination coordination,
    Sources sources,
    Console console,
    Limits limits) {

    /**
     * Bounds on the work and the size of one record, so that no record can stop a partition
     * (docs/reliability.md, "the data path").
     *
     * @param recordBytes          an input value larger than this is dead-lettered undecoded: it leaves room,
     *                             under the producer's {@code max.request.size}, for what the application
     *                             derives from it (store changelogs, screening record, alert)
     * @param entry                sizes a watchlist entry may have; a larger one is refused by the validator
     * @param nameComparisons      listed names compared with a declaration's parties at most; beyond, the
     *                             declaration is flagged NOT_SCREENED ("not fully screened") instead of stalling
     * @param stallAfter           a task busy with one record this long makes {@code /health/ready} DOWN
     * @param shutdownTimeout      how long a graceful shutdown waits for the stream threads
     */
    public record Limits(int recordBytes, EntryLimits entry, int nameComparisons, Duration stallAfter,
                         Duration shutdownTimeout) {
    }

    /**
     * @param names       names and aliases of a listed party
     * @param nameLength  characters of one name
     * @param listSize    items of any other list of an entry (identifiers, countries, containers, keywords...)
     * @param textLength  characters of any other text of an entry
     */
    public record EntryLimits(int names, int nameLength, int listSize, int textLength) {
    }

    /**
     * The analyst console ({@code sentinel console}).
     *
     * @param authorities      authorities whose users it serves; empty = every authority of the accounts file
     * @param accountsFile     local accounts: one {@code user:bcrypt-hash:AUTHORITY:ROLE+ROLE:language:time-zone} a line
     * @param sessionSecret    key of the encrypted session cookies: the same on every instance behind a load balancer
     * @param maxFailedLogins  wrong passwords in a row after which an account is throttled for {@code loginThrottle}
     * @param nextSteps        rule type → recommended next step shown with its hits ("DEFAULT" for the others)
     * @param oidc             sign-in through an OpenID Connect provider, besides the local accounts
     * @param register         where the console asks the seized-object register, with which token per authority
     */
    public record Console(String host, int port, Set<String> authorities, String accountsFile, String sessionSecret,
                          Duration sessionTimeout, boolean secureCookies, int maxFailedLogins, Duration loginThrottle,
                          Map<String, String> nextSteps, Oidc oidc, RegisterAccess register) {

        /** Local accounts only, no register: the demo and the tests that need neither. */
        public Console(String host, int port, Set<String> authorities, String accountsFile, String sessionSecret,
                       Duration sessionTimeout, boolean secureCookies, int maxFailedLogins, Duration loginThrottle,
                       Map<String, String> nextSteps) {
            this(host, port, authorities, accountsFile, sessionSecret, sessionTimeout, secureCookies, maxFailedLogins,
                loginThrottle, nextSteps, Oidc.OFF, RegisterAccess.OFF);
        }

        @Override
        public String toString() {
            return "Console[host=" + host + ", port=" + port + ", authorities=" + authorities + ", accountsFile="
                + accountsFile + ", sessionSecret=" + (sessionSecret.isBlank() ? "(random)" : "****") + "]";
        }
    }

    /**
     * OpenID Connect sign-in of the console (authorization code with PKCE).
     *
     * @param issuer          the provider's issuer URL; empty = off
     * @param authorityClaim  claim (dotted path for a nested one) holding the user's authority
     * @param rolesClaim      claim holding the user's roles (a list or a space-separated string)
     */
    public record Oidc(String issuer, String clientId, String clientSecret, String redirectUri, String authorityClaim,
                       String rolesClaim, String usernameClaim) {
        public static final Oidc OFF = new Oidc("", "sentinel-console", "", "", "sentinel_authority", "realm_access.roles",
            "preferred_username");

        public boolean enabled() {
            return !issuer.isBlank();
        }

        @Override
        public String toString() {
            return "Oidc[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret.isBlank() ? "(none)" : "****") + ", redirectUri=" + redirectUri + "]";
        }
    }

    /**
     * The seized-object register as the console asks it: the application's ops endpoint and the query token
     * of each served authority, so every answer is cut by the application's sharing policy for that authority.
     */
    public record RegisterAccess(String url, Map<String, String> tokens) {
        public static final RegisterAccess OFF = new RegisterAccess("", Map.of());

        public boolean enabled() {
            return !url.isBlank();
        }

        @Override
        public String toString() {
            return "RegisterAccess[url=" + url + ", tokens for " + tokens.keySet() + "]";
        }
    }

    /**
     * Published lists kept in sync ({@code sentinel watchlist sync}).
     *
     * @param maxDelistShare share of a source's entries one edition may delist without {@code --force}:
     *                       a truncated download must not empty the list
     */
    public record Sources(double maxDelistShare) {
    }

    /**
     * Where a declared party's candidates come from: blocking keys of its name that point to at most
     * {@code maxPosting} listed entries (a key shared by more stands for a name too common to
     * discriminate), and keys of a single name part that point to at most {@code maxPartPosting}
     * when the name has pairs of parts to look up instead; a pair of two parts common in the list that
     * points to more than {@code maxPartPosting} is skipped when the name has a pair within it.
     * Identifier keys always count.
     */
    public record PartyCandidates(int maxPosting, int maxPartPosting) {
    }

    /** Score → severity and lane thresholds (score 0–100). */
    public record Scoring(int yellowFrom, int redFrom, int mediumFrom, int highFrom, int criticalFrom) {
    }

    /**
     * Plausibility of event times: a record accepted further in the future than {@code maxFutureSkew}
     * or longer ago than {@code horizon} keeps its data but not its timestamp.
     */
    public record EventTime(Duration maxFutureSkew, Duration horizon) {
    }

    public record Http(String host, int port) {
    }

    /** How seizure-derived watchlist entries are listed (seizure intelligence). */
    public record Seizures(Duration validity, int riskWeight, SharingScope sharingScope) {
    }

    /**
     * Value thresholds in foreign currencies.
     *
     * @param rateMaxAge         how old the latest rate on or before the applicable day may be
     *                           (weekends, holidays) before the value is "not evaluable"
     * @param notEvaluableScore  score of the hit raised when a value cannot be converted
     * @param jurisdictions      per jurisdiction ("EU", "QA"...): member authorities and the rate day
     */
    public record Money(Duration rateMaxAge, int notEvaluableScore, Map<String, Jurisdiction> jurisdictions) {
    }

    /**
     * @param members  authorities (ISO alpha-2) bound by the jurisdiction's thresholds; a country
     *                 jurisdiction with no members configured binds itself
     * @param rateDay  which day's exchange rate applies: ACCEPTANCE_DAY, PREVIOUS_DAY or MONTH_START
     */
    public record Jurisdiction(Set<String> members, String rateDay) {
    }

    /**
     * Retro-screening of recent declarations when the watchlist changes.
     *
     * @param window               how far back declarations are kept and re-screened
     * @param maxAlertsPerChange   cap on retro alerts raised by one watchlist change
     * @param releasedAfter        a declaration accepted longer ago is assumed released: post-clearance control
     * @param maxAlertsPerImport   cap on retro alerts raised by one bulk import (over all partitions); the
     *                             matches beyond it are held back and reported in a summary alert
     * @param importQuietPeriod    how long a bulk import must be silent before its summary alert is raised
     * @param maxTimePerPass       how long one pass of a change's retro-screening may hold its task before it
     *                             yields; the change resumes where it stopped in a later pass
     */
    public record Retro(Duration window, int maxAlertsPerChange, Duration releasedAfter, int maxAlertsPerImport,
                        Duration importQuietPeriod, Duration maxTimePerPass) {
    }

    /**
     * Analysts' decisions on alerts.
     *
     * @param suppressionPeriod  how long a dismissed or inspected-clean (party or object, entry) pair
     *                           raises no hit, from the decision time
     * @param escalateRedAfter   a RED alert nobody acknowledged, assigned or decided for this long is
     *                           escalated, once
     */
    public record AlertDecisions(Duration suppressionPeriod, Duration escalateRedAfter) {
    }

    /**
     * Outcome linking and the query API of the seized-object register.
     *
     * @param outcomeLookBack       a seizure links to declarations accepted this long before it (same
     *                              container, vehicle or party); a named declaration always links
     * @param outcomeLinkRetention  how long declarations stay indexed for linking: at least the look-back
     *                              plus the delay with which seizures are reported
     */
    public record Coordination(Duration outcomeLookBack, Duration outcomeLinkRetention, Queries queries) {
    }

    /**
     * The query endpoints ({@code /register/...}): they return personal data, so they answer only
     * callers presenting a configured bearer token, and only when tokens are configured.
     *
     * @param tokenDigests     authority → SHA-256 (hex) of its bearer token; the tokens themselves are never kept
     * @param advertisedHost   host other instances forward queries to ({@code application.server}); empty = {@code http.host}
     * @param maxUriLength     longer request URIs are refused (414)
     * @param ratePerSecond    sustained requests per second per client (token bucket), beyond the burst: 429
     */
    public record Queries(boolean enabled, Map<String, String> tokenDigests, String advertisedHost, int maxUriLength,
                          double ratePerSecond, int burst, Duration forwardTimeout) {
        /** On only with tokens: an endpoint returning personal data never answers anonymously. */
        public boolean active() {
            return enabled && !tokenDigests.isEmpty();
        }

        @Override
        public String toString() {
            return "Queries[enabled=" + enabled + ", authorities=" + tokenDigests.keySet() + ", advertisedHost=" + advertisedHost
                + ", maxUriLength=" + maxUriLength + ", ratePerSecond=" + ratePerSecond + ", burst=" + burst
                + ", forwardTimeout=" + forwardTimeout + "]";
        }
    }
}
