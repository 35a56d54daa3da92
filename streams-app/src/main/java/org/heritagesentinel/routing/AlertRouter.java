package org.heritagesentinel.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans an alert out into one view per recipient, addressed to {@code alerts.<authority>.v1}.
 * A recipient without a topic (outside the configured region) is never dropped silently: its view
 * goes to the unrouted topic, is logged and counted, so ops can extend the region or the policy.
 */
public final class AlertRouter {
    private static final Logger log = LoggerFactory.getLogger(AlertRouter.class);

    /** A recipient's view and the topic it belongs to. */
    public record Routed(String topic, String recipient, Alert view) {
    }

    private final Topics topics;
    private final Set<String> knownAuthorities;
    private final SharingPolicy policy;
    private final SentinelMetrics metrics;

    public AlertRouter(Topics topics, Set<String> knownAuthorities, SharingPolicy policy, SentinelMetrics metrics) {
        this.topics = topics;
        this.knownAuthorities = Set.copyOf(knownAuthorities);
        this.policy = policy;
        this.metrics = metrics;
    }

    /** The region's authorities: each has an alert view, and a decision topic read back by the alert lifecycle. */
    public Set<String> authorities() {
        return knownAuthorities;
    }

    public List<Routed> route(Alert alert) {
        List<Routed> routed = new ArrayList<>();
        for (String recipient : alert.getRecipients()) {
            Alert view = policy.viewFor(alert, recipient);
            if (knownAuthorities.contains(recipient)) {
                routed.add(new Routed(topics.alertsFor(recipient), recipient, view));
                metrics.alertRouted(recipient);
            } else {
                log.warn("Alert {} names recipient {} which has no alert topic: sent to {}", alert.getAlertId(), recipient,
                    topics.unroutedAlerts());
                routed.add(new Routed(topics.unroutedAlerts(), recipient, view));
                metrics.alertRouted("UNROUTED");
            }
        }
        return routed;
    }
}
