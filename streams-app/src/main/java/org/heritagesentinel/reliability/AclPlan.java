package org.heritagesentinel.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.config.TopicContract.Access;

/**
 * The least ACLs each principal needs, computed from the configuration, so that {@code sentinel acl print},
 * the documentation and the access-control test use one list. READ and WRITE imply DESCRIBE in Kafka.
 *
 * <ul>
 *   <li>Application: reads declarations, seizures, watchlist submissions, every authority's decision topic
 *       {@code alerts.decisions.<authority>.v1}, watchlist entries
 *       and exchange rates (global tables) and its own alerts (routing); writes watchlist submissions (from seizures), entries and
 *       audit, screening results, alerts, per-authority and unrouted alert views, outcomes and dead letters; owns
 *       its internal topics, consumer groups and transactional ids under the prefix {@code <application.id>}
 *       (exactly_once_v2, changelogs, repartition topics).</li>
 *   <li>Dead-letter replay: an operator's identity, see {@link #forDeadLetterReplay}.</li>
 *   <li>Authority: reads its own alert view {@code alerts.<authority>.v1} only, with consumer groups prefixed
 *       by that topic's name, and writes its own decision topic {@code alerts.decisions.<authority>.v1} (what
 *       {@code sentinel alerts decide} needs). Nothing on raw declarations, nor on other authorities' views or
 *       decision topics: the topic a decision arrives on is the authority it is made for.</li>
 * </ul>
 */
public final class AclPlan {
    private AclPlan() {
    }

    public static List<AclBinding> forApplication(SentinelConfig config, String principal) {
        String prefix = config.applicationId();
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : inputs(config)) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
        }
        // seizures feed the watchlist through the submissions topic, like analysts' imports
        for (String topic : TopicCatalogue.names(contract -> contract.has(Access.APPLICATION_WRITES), config.topics(),
            config.regionAuthorities())) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
        }
        for (AclOperation op : List.of(AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE,
            AclOperation.DESCRIBE_CONFIGS)) {
            acls.add(allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, op));
        }
        acls.add(allow(principal, ResourceType.GROUP, prefix, PatternType.PREFIXED, AclOperation.READ));
        acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED, AclOperation.WRITE));
        return acls;
    }

    /**
     * The operator who runs {@code sentinel dlq replay}: reads the dead letters and writes them back to the topic
     * they came from (any input of the application), with its own groups and transactional ids
     * {@code <application.id>-dlq-replay.<topic>}. Kept apart from the application, which never writes its inputs.
     */
    public static List<AclBinding> forDeadLetterReplay(SentinelConfig config, String principal) {
        String prefix = config.applicationId() + "-dlq-replay.";
        List<AclBinding> acls = new ArrayList<>();
        acls.add(allow(principal, ResourceType.TOPIC, config.topics().deadLetter(), PatternType.LITERAL, AclOperation.READ));
        for (String topic : inputs(config)) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
        }
        acls.add(allow(principal, ResourceType.GROUP, prefix, PatternType.PREFIXED, AclOperation.READ));
        acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED, AclOperation.WRITE));
        return acls;
    }

    /** What the application reads: alerts.v1 is read back by the routing sub-topology; entries and rates feed global tables. */
    private static List<String> inputs(SentinelConfig config) {
        return TopicCatalogue.names(contract -> contract.has(Access.APPLICATION_READS), config.topics(),
            config.regionAuthorities());
    }

    /** {@code alerts decide} finds the alert on the authority's view and publishes to its decision topic. */
    public static List<AclBinding> forAuthority(SentinelConfig config, String authority, String principal) {
        String code = authority.toUpperCase(Locale.ROOT);
        String view = config.topics().alertsFor(code);
        return List.of(
            allow(principal, ResourceType.TOPIC, view, PatternType.LITERAL, AclOperation.READ),
            allow(principal, ResourceType.GROUP, view, PatternType.PREFIXED, AclOperation.READ),
            allow(principal, ResourceType.TOPIC, config.topics().decisionsFor(code), PatternType.LITERAL, AclOperation.WRITE));
    }

    /**
     * The analyst console serving one authority (docs/console.md): its alert view and decision topic, the declared
     * goods, the watchlist and its audit trail to read; drafts, approvals and rejections to submit; the wrong
     * passwords of every console instance to read and write (the shared login throttle). It reads by assigned
     * partitions, so it needs no group.
     */
    public static List<AclBinding> forConsole(SentinelConfig config, String authority, String principal) {
        String code = authority.toUpperCase(Locale.ROOT);
        String decisions = config.topics().decisionsFor(code);
        String loginFailures = config.topics().loginFailures();
        return List.of(
            allow(principal, ResourceType.TOPIC, config.topics().alertsFor(code), PatternType.LITERAL, AclOperation.READ),
            allow(principal, ResourceType.TOPIC, decisions, PatternType.LITERAL, AclOperation.READ),
            allow(principal, ResourceType.TOPIC, decisions, PatternType.LITERAL, AclOperation.WRITE),
            allow(principal, ResourceType.TOPIC, config.topics().declarations(), PatternType.LITERAL, AclOperation.READ),
            allow(principal, ResourceType.TOPIC, config.topics().watchlistEntries(), PatternType.LITERAL, AclOperation.READ),
            allow(principal, ResourceType.TOPIC, config.topics().watchlistAudit(), PatternType.LITERAL, AclOperation.READ),
            allow(principal, ResourceType.TOPIC, config.topics().watchlistSubmissions(), PatternType.LITERAL,
                AclOperation.WRITE),
            allow(principal, ResourceType.TOPIC, loginFailures, PatternType.LITERAL, AclOperation.READ),
            allow(principal, ResourceType.TOPIC, loginFailures, PatternType.LITERAL, AclOperation.WRITE));
    }

    /** The principal of an authority's console unless told otherwise, e.g. {@code User:console-jo}. */
    public static String defaultConsolePrincipal(String authority) {
        return "User:console-" + authority.toLowerCase(Locale.ROOT);
    }

    /** The principal an authority's analysts use unless told otherwise, e.g. {@code User:authority-jo}. */
    public static String defaultAuthorityPrincipal(String authority) {
        return "User:authority-" + authority.toLowerCase(Locale.ROOT);
    }

    /** One line per binding, in the words of {@code kafka-acls.sh}. */
    public static String describe(AclBinding acl) {
        return String.format(Locale.ROOT, "ALLOW %-24s %-17s %-17s %-8s %s", acl.entry().principal(),
            acl.entry().operation(), acl.pattern().resourceType(), acl.pattern().patternType(), acl.pattern().name());
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
            new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW));
    }
}
