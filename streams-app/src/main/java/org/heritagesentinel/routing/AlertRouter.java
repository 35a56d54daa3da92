package org.heritagesentinel.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.logging.RateLimitedLog;
import org.slf4j.LoggerFactory;

/**
 * Fans an alert out into one view per recipient, addressed to {@code alerts.<authority>.v1}.
 * A recipient without a topic (outside the configured region) is never dropped silently: its view
 * goes to the unrouted topic, is counted, and logged once every ten minutes per recipient, so ops can extend
 * the region or the policy without the log repeating it for every alert.
 */
public final class AlertRouter {
    // the region is configuration: saying it again every ten minutes per recipient is enough
    private static final RateLimitedLog unrouted = new RateLimitedLog(LoggerFactory.getLogger(AlertRouter.class),
        Duration.ofMinutes(10));

    /** A recipient's view and the topic it belongs to. */
    public record Routed(String topic, String recipient, Alert view) {
    }

    private final Topics topics;
    private final Set<String> knownAuthorities;
    private final SharingPolicy policy;
    /** Counts a view routed to a recipient ({@code UNROUTED} for the unrouted topic): {@code sentinel_alerts_routed_total}. */
    private final Consumer<String> routedTo;

    public AlertRouter(Topics topics, Set<String> knownAuthorities, SharingPolicy policy, Consumer<String> routedTo) {
        this.topics = topics;
        this.knownAuthorities = Set.copyOf(knownAuthorities);
        this.policy = policy;
        this.routedTo = routedTo;
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
                routedTo.accept(recipient);
            } else {
                // the counter has every alert, the log says what to change
                unrouted.warn(recipient, "Alerts name recipient {} which has no alert topic (not in region.authorities): "
                    + "their views go to {}, counted in sentinel_alerts_routed_total{recipient=\"UNROUTED\"}; e.g. alert {}",
                    recipient, topics.unroutedAlerts(), alert.getAlertId());
                routed.add(new Routed(topics.unroutedAlerts(), recipient, view));
                routedTo.accept("UNROUTED");
            }
        }
        return routed;
    }
}
