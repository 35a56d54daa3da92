package org.heritagesentinel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.http.OpsHttpServer;
import org.heritagesentinel.testkit.Executables;
import org.heritagesentinel.testkit.PrometheusServer;
import org.heritagesentinel.testkit.ReadyProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real path: a Prometheus server scrapes {@code /metrics} of an {@link OpsHttpServer} every
 * second and evaluates the project's rules, and the assertions go through Prometheus' HTTP API, so
 * names, types, labels, buckets and rules are checked as Prometheus parses and evaluates them.
 */
class MetricsThroughRealPrometheusSpec {

    private static final Duration SCRAPED = Duration.ofSeconds(20);
    // Surefire runs in the module directory; the rules are the ones monitoring/check.sh tests.
    private static final Path PROJECT_RULES = Path.of("..", "monitoring", "rules", "sentinel-alerts.yml");

    private final PrometheusMeterRegistry registry = SentinelMetrics.prometheusRegistry();
    private final SentinelMetrics metrics = new SentinelMetrics(registry);
    private OpsHttpServer app;
    private PrometheusServer prometheus;

    @BeforeEach
    void start() throws Exception {
        Executables.requirePrometheusTool("prometheus");
        app = OpsHttpServer.start("127.0.0.1", 0, registry, new ReadyProbe());
        prometheus = PrometheusServer.scraping(app.baseUri().resolve("/metrics"), PROJECT_RULES);
    }

    @AfterEach
    void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldExposeAlertCountersByLaneAndRuleToPrometheus() {
        // Given
        metrics.alertEmitted(AlertStatus.NEW, Severity.CRITICAL, Lane.RED, "GR");
        metrics.alertEmitted(AlertStatus.NEW, Severity.HIGH, Lane.RED, "IT");
        metrics.alertEmitted(AlertStatus.UPDATED, Severity.HIGH, Lane.RED, "IT");
        metrics.alertEmitted(AlertStatus.NEW, Severity.LOW, Lane.YELLOW, "IT");
        metrics.hit(RuleType.STOLEN_OBJECT);
        metrics.hit(RuleType.STOLEN_OBJECT);
        metrics.hit(RuleType.EMBARGO_ORIGIN);
        metrics.deadLetter("customs.declarations.v1", "SerializationException");
        metrics.watchlistSize(EntryKind.OBJECT, 52_000);

        // When / Then
        awaitValue("sum(sentinel_alerts_total{lane=\"RED\"})", 3.0);
        awaitValue("sum(sentinel_alerts_total{lane=\"RED\",status=\"NEW\"})", 2.0);
        awaitValue("sentinel_alerts_total{lane=\"YELLOW\",authority=\"IT\",severity=\"LOW\",status=\"NEW\"}", 1.0);
        awaitValue("sentinel_alert_hits_total{rule=\"STOLEN_OBJECT\"}", 2.0);
        awaitValue("sentinel_dead_letters_total{reason=\"SerializationException\"}", 1.0);
        awaitValue("sentinel_watchlist_entries{kind=\"OBJECT\",application=\"heritage-sentinel\"}", 52_000.0);
        awaitValue("up{job=\"" + PrometheusServer.JOB + "\"}", 1.0);
    }

    @Test
    void shouldFollowCountersAsTheyGrowBetweenScrapes() {
        // Given
        metrics.declarationScreened("FR");
        awaitValue("sentinel_declarations_screened_total{authority=\"FR\"}", 1.0);

        // When
        for (int i = 0; i < 9; i++) {
            metrics.declarationScreened("FR");
        }

        // Then
        awaitValue("sentinel_declarations_screened_total{authority=\"FR\"}", 10.0);
    }

    @Test
    void shouldComputeScreeningLatencyQuantilesFromTheHistogramBuckets() {
        // Given 90 screenings at 40 ms and 10 at 2 s
        for (int i = 0; i < 90; i++) {
            metrics.screeningLatency(Duration.ofMillis(40));
        }
        for (int i = 0; i < 10; i++) {
            metrics.screeningLatency(Duration.ofSeconds(2));
        }

        // When / Then
        awaitValue("sentinel_screening_latency_seconds_count", 100.0);
        awaitValue("sentinel_screening_latency_seconds_bucket{le=\"0.05\"}", 90.0);
        awaitValue("sentinel_screening_latency_seconds_bucket{le=\"1.0\"}", 90.0);
        // histogram_quantile interpolates linearly inside the bucket holding the rank:
        // p50 is rank 50 of 90 in (0.025, 0.05]; p99 is rank 9 of 10 in (1, 2.5].
        awaitValue("histogram_quantile(0.5, sentinel_screening_latency_seconds_bucket)", 0.025 + 0.025 * 50 / 90);
        awaitValue("histogram_quantile(0.99, sentinel_screening_latency_seconds_bucket)", 1.0 + 1.5 * 9 / 10);
        awaitValue("sentinel_screening_latency_seconds_sum", 90 * 0.04 + 10 * 2.0);
    }

    @Test
    void shouldKeepSourceLagInItsOwnHistogram() {
        // Given
        metrics.sourceLag(Duration.ofHours(2));
        metrics.screeningLatency(Duration.ofMillis(10));

        // When / Then
        awaitValue("sentinel_source_lag_seconds_count", 1.0);
        awaitValue("sentinel_source_lag_seconds_bucket{le=\"3600.0\"}", 0.0);
        awaitValue("sentinel_source_lag_seconds_bucket{le=\"10800.0\"}", 1.0);
        awaitValue("sentinel_screening_latency_seconds_count", 1.0);
    }

    @Test
    void shouldEvaluateTheProjectRulesOnScrapedMetrics() {
        // Given the project's rules loaded, and screenings of 40 ms arriving continuously
        await().atMost(SCRAPED).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (int i = 0; i < 10; i++) {
                metrics.screeningLatency(Duration.ofMillis(40));
            }

            // When Prometheus evaluates the recording rule over the scraped histogram
            OptionalDouble p99 = prometheus.query("sentinel:screening_latency_seconds:p99_rate5m");

            // Then every observation is in the (0.025, 0.05] bucket, so p99 interpolates to 99% of it
            assertThat(p99).isPresent();
            assertThat(p99.getAsDouble()).isCloseTo(0.025 + 0.025 * 0.99, within(1e-9));
        });
        await().atMost(SCRAPED).untilAsserted(() -> assertThat(prometheus.rules())
                .containsKeys("SentinelDeclarationsStalled", "SentinelScreeningLatencyHigh", "sentinel:consumer_lag:sum")
                .allSatisfy((name, rule) -> assertThat(rule.health()).as(name + " " + rule.lastError()).isEqualTo("ok")));
    }

    private void awaitValue(String promql, double expected) {
        await().atMost(SCRAPED).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            OptionalDouble value = prometheus.query(promql);
            assertThat(value).as(promql).isPresent();
            assertThat(value.getAsDouble()).as(promql).isCloseTo(expected, within(1e-9));
        });
    }
}
