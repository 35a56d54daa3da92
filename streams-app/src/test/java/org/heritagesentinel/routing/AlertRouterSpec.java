package org.heritagesentinel.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A recipient without an alert topic is counted for every alert and logged once, not once per alert. */
class AlertRouterSpec {
    private final Logger logger = (Logger) LoggerFactory.getLogger(AlertRouter.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @AfterEach
    void detach() {
        logger.detachAppender(lines);
    }

    @Test
    void shouldCountEveryUnroutedAlertButLogTheRecipientOnce() {
        lines.start();
        logger.addAppender(lines);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AlertRouter router = new AlertRouter(Topics.defaults(), Set.of("JO"), new SharingPolicy(Set.of(), id -> null),
            new SentinelMetrics(registry)::alertRouted);

        for (int i = 0; i < 300; i++) {
            List<AlertRouter.Routed> routed = router.route(alert("ALR-" + i, List.of("JO", "DE")));
            assertThat(routed).extracting(AlertRouter.Routed::topic).containsExactly("alerts.jo.v1", "alerts.unrouted.v1");
        }

        assertThat(registry.get("sentinel.alerts.routed").tag("recipient", "UNROUTED").counter().count()).isEqualTo(300);
        assertThat(lines.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
            .contains("recipient DE which has no alert topic", "region.authorities", "alerts.unrouted.v1"));
    }

    private static Alert alert(String id, List<String> recipients) {
        return Alert.newBuilder().setAlertId(id).setStatus(AlertStatus.NEW).setSubjectKey("JO:ASYCUDA:" + id).setAuthority("JO")
            .setEventTime(Instant.parse("2026-11-20T10:00:00Z")).setScore(50).setSeverity(Severity.MEDIUM).setLane(Lane.YELLOW)
            .setRecipients(recipients).setRecipientRoles(Map.of()).setSummary(id).build();
    }
}
