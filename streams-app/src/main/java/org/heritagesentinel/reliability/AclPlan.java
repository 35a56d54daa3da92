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
import org.heritagesentinel.config.Topics;

/**
 * The least ACLs each principal needs, computed from the configuration, so that {@code sentinel acl print},
 * the documentation and the access-control test use one list. READ and WRITE imply DESCRIBE in Kafka.
 *
 * <ul>
 *   <li>Application: reads declarations, watchlist submissions and entries (global table) and analysts'
 *       decisions; writes watchlist entries, alerts, per-authority alert views and dead letters; owns its
 *       internal topics, consumer groups and transactional ids under the prefix {@code <application.id>} (exactly_once_v2, changelogs,
 *       dead-letter replay).</li>
 *   <li>Authority: reads its own alert view {@code alerts.<authority>.v1} only, with consumer groups prefixed
 *       by that topic's name. Nothing on raw declarations nor on other authorities' views.</li>
 * </ul>
 */
public final class AclPlan {
    private AclPlan() {
    }

    public static List<AclBinding> forApplication(SentinelConfig config, String principal) {
        Topics t = config.topics();
        String prefix = config.applicationId();
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : List.of(t.declarations(), t.watchlistSubmissions(), t.watchlistEntries(), t.alertDecisions())) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
        }
        for (String topic : List.of(t.watchlistEntries(), t.alerts(), t.deadLetter())) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
        }
        for (String authority : config.regionAuthorities()) {
            acls.add(allow(principal, ResourceType.TOPIC, t.alertsFor(authority), PatternType.LITERAL, AclOperation.WRITE));
        }
        for (AclOperation op : List.of(AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE,
            AclOperation.DESCRIBE_CONFIGS)) {
            acls.add(allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, op));
        }
        acls.add(allow(principal, ResourceType.GROUP, prefix, PatternType.PREFIXED, AclOperation.READ));
        acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED, AclOperation.WRITE));
        return acls;
    }

    public static List<AclBinding> forAuthority(SentinelConfig config, String authority, String principal) {
        String view = config.topics().alertsFor(authority.toUpperCase(Locale.ROOT));
        return List.of(
            allow(principal, ResourceType.TOPIC, view, PatternType.LITERAL, AclOperation.READ),
            allow(principal, ResourceType.GROUP, view, PatternType.PREFIXED, AclOperation.READ));
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
