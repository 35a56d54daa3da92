package org.heritagesentinel.config;

import static org.heritagesentinel.config.TopicContract.Access.APPLICATION_READS;
import static org.heritagesentinel.config.TopicContract.Access.APPLICATION_WRITES;
import static org.heritagesentinel.config.TopicContract.Access.CONSOLES;
import static org.heritagesentinel.config.TopicContract.Access.EXTERNAL_PRODUCERS;
import static org.heritagesentinel.config.TopicContract.Cleanup.COMPACT;
import static org.heritagesentinel.config.TopicContract.Cleanup.DELETE;
import static org.heritagesentinel.config.TopicContract.Compatibility.BACKWARD_TRANSITIVE;
import static org.heritagesentinel.config.TopicContract.Compatibility.FULL_TRANSITIVE;
import static org.heritagesentinel.config.TopicContract.Compatibility.NONE;
import static org.heritagesentinel.config.TopicContract.FOREVER;
import static org.heritagesentinel.config.TopicContract.Partitions.CONFIGURED;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ExchangeRate;
import org.heritagesentinel.avro.LoginFailure;
import org.heritagesentinel.avro.ScreeningOutcome;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * The one list of the shared topics and their contracts, read by {@code topics create}, {@code schemas register},
 * the ACL plan, the topology's sources and sinks, the CLI readers and the README's topic table
 * ({@code TopicCatalogueSpec} holds the table to it). A new topic is one constant here, one line in
 * {@link Topics} and one {@link ConfigKey}; a topic name written anywhere else fails {@code ArchitectureSpec}.
 */
public final class TopicCatalogue {
    private static final Duration EVIDENCE = Duration.ofDays(400);
    private static final Duration TRANSIENT = Duration.ofDays(30);
    /** Above the longest {@code console.login.throttle} ({@code ConfigLoader} refuses a longer one): no count needs more. */
    public static final Duration LOGIN_FAILURES_KEPT = Duration.ofDays(2);

    public static final TopicContract<String, CustomsDeclaration> DECLARATIONS = topic(ConfigKey.TOPICS_DECLARATIONS,
        Topics::declarations, "`<AUTHORITY>:<SYSTEM>:<declarationId>`", CustomsDeclaration.class,
        "`CustomsDeclaration` (tombstone = withdrawn)", BACKWARD_TRANSITIVE, DELETE, EVIDENCE,
        APPLICATION_READS, EXTERNAL_PRODUCERS);
    public static final TopicContract<String, SeizureReport> SEIZURES = topic(ConfigKey.TOPICS_SEIZURES,
        Topics::seizures, "`<AUTHORITY>:<seizureId>`", SeizureReport.class,
        "`SeizureReport`", BACKWARD_TRANSITIVE, DELETE, FOREVER, APPLICATION_READS, EXTERNAL_PRODUCERS);
    public static final TopicContract<String, WatchlistEntry> WATCHLIST_SUBMISSIONS = topic(ConfigKey.TOPICS_WATCHLIST_SUBMISSIONS,
        Topics::watchlistSubmissions, "entry id", WatchlistEntry.class,
        "`WatchlistEntry` (tombstone = delist request)", BACKWARD_TRANSITIVE, DELETE, TRANSIENT,
        APPLICATION_READS, APPLICATION_WRITES, EXTERNAL_PRODUCERS);
    public static final TopicContract<String, WatchlistEntry> WATCHLIST_ENTRIES = topic(ConfigKey.TOPICS_WATCHLIST_ENTRIES,
        Topics::watchlistEntries, "entry id", WatchlistEntry.class,
        "`WatchlistEntry`, validated (tombstone = delisted)", BACKWARD_TRANSITIVE, COMPACT, FOREVER,
        APPLICATION_READS, APPLICATION_WRITES);
    public static final TopicContract<String, Alert> ALERTS = topic(ConfigKey.TOPICS_ALERTS,
        Topics::alerts, "declaration or seizure key", Alert.class,
        "`Alert` with status NEW / UPDATED / RETRACTED", FULL_TRANSITIVE, DELETE, EVIDENCE,
        APPLICATION_READS, APPLICATION_WRITES);
    public static final TopicContract<String, Alert> AUTHORITY_ALERTS = perAuthority(ConfigKey.TOPICS_AUTHORITY_ALERTS_PATTERN,
        Topics::authorityAlertsPattern, "same", Alert.class,
        "that authority's view of the alert (sharing policy)", FULL_TRANSITIVE, APPLICATION_WRITES);
    public static final TopicContract<String, AlertDecision> AUTHORITY_DECISIONS = perAuthority(
        ConfigKey.TOPICS_AUTHORITY_DECISIONS_PATTERN, Topics::authorityDecisionsPattern,
        "the alert's key (subject key)", AlertDecision.class,
        "`AlertDecision` of that authority's analysts: acknowledge, assign, dismiss, inspected seized / clean "
            + "(the topic, hence its ACL, says who decides)", BACKWARD_TRANSITIVE, APPLICATION_READS, EXTERNAL_PRODUCERS);
    public static final TopicContract<String, Alert> UNROUTED_ALERTS = topic(ConfigKey.TOPICS_UNROUTED_ALERTS,
        Topics::unroutedAlerts, "same", Alert.class,
        "views for recipients outside the region (header `sentinel.route`)", FULL_TRANSITIVE, DELETE, EVIDENCE,
        APPLICATION_WRITES);
    public static final TopicContract<String, ScreeningOutcome> OUTCOMES = topic(ConfigKey.TOPICS_OUTCOMES,
        Topics::outcomes, "declaration key", ScreeningOutcome.class,
        "`ScreeningOutcome`: HIT / MISS of a seized shipment", BACKWARD_TRANSITIVE, DELETE, FOREVER,
        APPLICATION_WRITES);
    public static final TopicContract<byte[], byte[]> DEAD_LETTER = new TopicContract<>(ConfigKey.TOPICS_DEAD_LETTER,
        Topics::deadLetter, false, byte[].class, "original key bytes", byte[].class,
        "original value bytes; headers `__streams.errors.*` (exception, message, topic, partition, offset)",
        NONE, DELETE, TRANSIENT, CONFIGURED, Set.of(APPLICATION_WRITES));
    public static final TopicContract<String, WatchlistChange> WATCHLIST_AUDIT = topic(ConfigKey.TOPICS_WATCHLIST_AUDIT,
        Topics::watchlistAudit, "entry id", WatchlistChange.class,
        "`WatchlistChange`: every accepted entry, delisting or rejected draft", BACKWARD_TRANSITIVE, DELETE, FOREVER,
        APPLICATION_WRITES);
    public static final TopicContract<String, ScreeningRecord> SCREENING_RESULTS = topic(ConfigKey.TOPICS_SCREENING_RESULTS,
        Topics::screeningResults, "declaration key", ScreeningRecord.class,
        "`ScreeningRecord`: one per screening, clean or not (proof of screening)", FULL_TRANSITIVE, DELETE, EVIDENCE,
        APPLICATION_WRITES);
    public static final TopicContract<String, ExchangeRate> EXCHANGE_RATES = new TopicContract<>(ConfigKey.TOPICS_EXCHANGE_RATES,
        Topics::exchangeRates, false, String.class, "`<BASE>/<QUOTE>/<yyyy-MM-dd>`", ExchangeRate.class, "`ExchangeRate`",
        BACKWARD_TRANSITIVE, COMPACT, FOREVER, TopicContract.Partitions.ONE,
        Set.copyOf(EnumSet.of(APPLICATION_READS, EXTERNAL_PRODUCERS)));
    public static final TopicContract<String, LoginFailure> LOGIN_FAILURES = topic(ConfigKey.TOPICS_LOGIN_FAILURES,
        Topics::loginFailures, "the account name as typed at the sign-in, trimmed and in lower case", LoginFailure.class,
        "`LoginFailure`: when, on which console instance, the account's authority if known (never the password)",
        BACKWARD_TRANSITIVE, DELETE, LOGIN_FAILURES_KEPT, CONSOLES);

    /** Every shared topic, in the order of the README's table. */
    public static final List<TopicContract<?, ?>> ALL = List.of(DECLARATIONS, SEIZURES, WATCHLIST_SUBMISSIONS,
        WATCHLIST_ENTRIES, ALERTS, AUTHORITY_ALERTS, AUTHORITY_DECISIONS, UNROUTED_ALERTS, OUTCOMES, DEAD_LETTER,
        WATCHLIST_AUDIT, SCREENING_RESULTS, EXCHANGE_RATES, LOGIN_FAILURES);

    private TopicCatalogue() {
    }

    /** A topic's names in the region: one, or one per authority. */
    public static List<String> names(TopicContract<?, ?> topic, Topics topics, Collection<String> authorities) {
        return topic.perAuthority() ? authorities.stream().map(authority -> topic.name(topics, authority)).toList()
            : List.of(topic.name(topics));
    }

    /** The names of every topic {@code which} selects, per-authority topics expanded, in catalogue order. */
    public static List<String> names(Predicate<TopicContract<?, ?>> which, Topics topics, Collection<String> authorities) {
        List<String> names = new ArrayList<>();
        ALL.stream().filter(which).forEach(topic -> names.addAll(names(topic, topics, authorities)));
        return names;
    }

    /** The README's topic table, with the default names. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| topic | key | value | schema compatibility | kept |\n|---|---|---|---|---|\n");
        Topics defaults = Topics.defaults();
        for (TopicContract<?, ?> topic : ALL) {
            String name = topic.perAuthority() ? topic.name(defaults, "<AUTHORITY>") : topic.name(defaults);
            table.append("| `").append(name).append("` | ").append(topic.keyFormat()).append(" | ")
                .append(topic.valueMeaning()).append(" | ").append(compatibility(topic)).append(" | ")
                .append(kept(topic)).append(" |\n");
        }
        return table.toString();
    }

    private static String compatibility(TopicContract<?, ?> topic) {
        return topic.registered() ? topic.compatibility().name() : "not registered";
    }

    private static String kept(TopicContract<?, ?> topic) {
        String partitions = topic.partitions() == TopicContract.Partitions.ONE ? ", 1 partition" : "";
        if (topic.cleanup() == COMPACT) {
            return "compacted" + partitions;
        }
        return (topic.retention().equals(FOREVER) ? "forever" : topic.retention().toDays() + " days") + partitions;
    }

    private static <V> TopicContract<String, V> topic(ConfigKey nameKey, Function<Topics, String> name, String key, Class<V> type,
                                              String meaning, TopicContract.Compatibility compatibility,
                                              TopicContract.Cleanup cleanup, Duration retention, TopicContract.Access... access) {
        return new TopicContract<>(nameKey, name, false, String.class, key, type, meaning, compatibility, cleanup, retention, CONFIGURED,
            Set.copyOf(EnumSet.of(access[0], access)));
    }

    private static <V> TopicContract<String, V> perAuthority(ConfigKey nameKey, Function<Topics, String> pattern, String key,
                                                     Class<V> type, String meaning,
                                                     TopicContract.Compatibility compatibility, TopicContract.Access... access) {
        return new TopicContract<>(nameKey, pattern, true, String.class, key, type, meaning, compatibility, DELETE, EVIDENCE, CONFIGURED,
            Set.copyOf(EnumSet.of(access[0], access)));
    }
}
