package org.heritagesentinel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.streams.KafkaStreams;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.LinkKind;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.testkit.ScrapedMetrics;
import org.heritagesentinel.testkit.UnstartedKafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SentinelMetricsSpec {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final SentinelMetrics metrics = new SentinelMetrics(registry);

    private ScrapedMetrics scrape() {
        return ScrapedMetrics.parse(registry.scrape());
    }

    @Test
    void shouldCountDeclarationsAndSeizuresScreenedPerAuthority() {
        // Given / When
        metrics.declarationScreened("FR");
        metrics.declarationScreened("FR");
        metrics.declarationScreened("IT");
        metrics.seizureScreened("IT");

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.value("sentinel_declarations_screened_total", "authority", "FR")).isEqualTo(2.0);
        assertThat(scraped.value("sentinel_declarations_screened_total", "authority", "IT")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_seizures_screened_total", "authority", "IT")).isEqualTo(1.0);
    }

    @Test
    void shouldCountAlertsByStatusSeverityLaneAndAuthority() {
        // When
        metrics.alertEmitted(AlertStatus.NEW, Severity.CRITICAL, Lane.RED, "DE");
        metrics.alertEmitted(AlertStatus.NEW, Severity.CRITICAL, Lane.RED, "DE");
        metrics.alertEmitted(AlertStatus.RETRACTED, Severity.LOW, Lane.GREEN, "DE");

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.value("sentinel_alerts_total",
                "status", "NEW", "severity", "CRITICAL", "lane", "RED", "authority", "DE")).isEqualTo(2.0);
        assertThat(scraped.value("sentinel_alerts_total",
                "status", "RETRACTED", "severity", "LOW", "lane", "GREEN", "authority", "DE")).isEqualTo(1.0);
    }

    @Test
    void shouldCountNullEnumsAsUnknown() {
        // When
        metrics.alertEmitted(null, null, null, "DE");
        metrics.hit(null);

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.value("sentinel_alerts_total",
                "status", "UNKNOWN", "severity", "UNKNOWN", "lane", "UNKNOWN")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_alert_hits_total", "rule", "UNKNOWN")).isEqualTo(1.0);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"fr", "F", "France", "DE ", "ABCDEFGHIJKLM", "Ï-ÎLE", "4711-äöü"})
    void shouldClampAuthoritiesThatAreNotCodesToOther(String authority) {
        // When
        metrics.declarationScreened(authority);

        // Then
        assertThat(scrape().samples("sentinel_declarations_screened_total"))
                .singleElement()
                .satisfies(sample -> assertThat(sample.labels()).containsEntry("authority", "OTHER"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GR", "EU-OLAF", "WCO", "INTERPOL", "UNESCO-2"})
    void shouldKeepAuthorityCodesOfCountriesAndMultinationalBodies(String authority) {
        // When
        metrics.alertRouted(authority);

        // Then
        assertThat(scrape().value("sentinel_alerts_routed_total", "recipient", authority)).isEqualTo(1.0);
    }

    @Test
    void shouldCountNewAuthoritiesAsOtherOnceThreeHundredAreKnown() {
        // Given 300 distinct well-formed codes
        IntStream.range(0, 300).forEach(i -> metrics.declarationScreened(String.format("X%03d", i)));

        // When a 301st appears, and a known one again
        metrics.declarationScreened("Y000");
        metrics.declarationScreened("X000");

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.samples("sentinel_declarations_screened_total")).hasSize(301);
        assertThat(scraped.value("sentinel_declarations_screened_total", "authority", "OTHER")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_declarations_screened_total", "authority", "X000")).isEqualTo(2.0);
        assertThat(scraped.samples("sentinel_declarations_screened_total", "authority", "Y000")).isEmpty();
    }

    @Test
    void shouldCountHitsRoutingOutcomesAndRetroAlertsPerRule() {
        // When
        metrics.hit(RuleType.STOLEN_OBJECT);
        metrics.hit(RuleType.STOLEN_OBJECT);
        metrics.hit(RuleType.PARTY_WATCHLIST);
        metrics.outcome(RuleType.STOLEN_OBJECT, true, LinkKind.CONTAINER);
        metrics.outcome(RuleType.PARTY_WATCHLIST, false, LinkKind.PARTY);
        metrics.retroAlert();

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.value("sentinel_alert_hits_total", "rule", "STOLEN_OBJECT")).isEqualTo(2.0);
        assertThat(scraped.value("sentinel_alert_hits_total", "rule", "PARTY_WATCHLIST")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_outcomes_total", "rule", "STOLEN_OBJECT", "outcome", "hit")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_outcomes_total", "rule", "PARTY_WATCHLIST", "outcome", "miss")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_retro_alerts_total")).isEqualTo(1.0);
    }

    @Test
    void shouldCountDeadLettersLateRecordsAndWarningsByTheirBoundedLabels() {
        // When
        metrics.deadLetter("customs.declarations.v1", "SerializationException");
        metrics.deadLetter("customs.declarations.v1", "SerializationException");
        metrics.deadLetter("customs declarations", "SerializationException");
        metrics.lateRecord("customs.seizures.v1");
        metrics.validationWarning("missing-origin-country");

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.value("sentinel_dead_letters_total",
                "source", "customs.declarations.v1", "reason", "SerializationException")).isEqualTo(2.0);
        assertThat(scraped.value("sentinel_dead_letters_total", "source", "OTHER")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_late_records_total", "topic", "customs.seizures.v1")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_validation_warnings_total", "reason", "missing-origin-country")).isEqualTo(1.0);
    }

    @Test
    void shouldPutScreeningLatenciesInTheirCumulativeBuckets() {
        // When
        metrics.screeningLatency(Duration.ofMillis(40));
        metrics.screeningLatency(Duration.ofMillis(40));
        metrics.screeningLatency(Duration.ofMillis(40));
        metrics.screeningLatency(Duration.ofSeconds(2));

        // Then
        ScrapedMetrics scraped = scrape();
        String bucket = "sentinel_screening_latency_seconds_bucket";
        assertThat(scraped.value(bucket, "le", "0.005")).isZero();
        assertThat(scraped.value(bucket, "le", "0.025")).isZero();
        assertThat(scraped.value(bucket, "le", "0.05")).isEqualTo(3.0);
        assertThat(scraped.value(bucket, "le", "1.0")).isEqualTo(3.0);
        assertThat(scraped.value(bucket, "le", "2.5")).isEqualTo(4.0);
        assertThat(scraped.value(bucket, "le", "30.0")).isEqualTo(4.0);
        assertThat(scraped.value(bucket, "le", "+Inf")).isEqualTo(4.0);
        assertThat(scraped.value("sentinel_screening_latency_seconds_count")).isEqualTo(4.0);
        assertThat(scraped.value("sentinel_screening_latency_seconds_sum")).isCloseTo(2.12, within(1e-9));
    }

    @Test
    void shouldPublishSourceLagBucketsUpToAWeek() {
        // When
        metrics.sourceLag(Duration.ofMillis(500));
        metrics.sourceLag(Duration.ofDays(3));

        // Then
        ScrapedMetrics scraped = scrape();
        String bucket = "sentinel_source_lag_seconds_bucket";
        assertThat(scraped.value(bucket, "le", "1.0")).isEqualTo(1.0);
        assertThat(scraped.value(bucket, "le", "172800.0")).isEqualTo(1.0);
        assertThat(scraped.value(bucket, "le", "604800.0")).isEqualTo(2.0);
        assertThat(scraped.value("sentinel_source_lag_seconds_count")).isEqualTo(2.0);
    }

    @Test
    void shouldCountANegativeDurationFromASkewedClockAsZero() {
        // When
        metrics.sourceLag(Duration.ofSeconds(-3));

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.value("sentinel_source_lag_seconds_count")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_source_lag_seconds_sum")).isZero();
        assertThat(scraped.value("sentinel_source_lag_seconds_bucket", "le", "1.0")).isEqualTo(1.0);
    }

    @Test
    void shouldReportWatchlistEntriesForEveryKindIncludingEmptyOnes() {
        // When
        metrics.watchlistSize(EntryKind.OBJECT, 52_000);
        metrics.watchlistSize(EntryKind.PARTY, 10);
        metrics.watchlistSize(EntryKind.PARTY, 12);

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.value("sentinel_watchlist_entries", "kind", "OBJECT")).isEqualTo(52_000.0);
        assertThat(scraped.value("sentinel_watchlist_entries", "kind", "PARTY")).isEqualTo(12.0);
        assertThat(scraped.value("sentinel_watchlist_entries", "kind", "CONVEYANCE")).isZero();
        assertThat(scraped.samples("sentinel_watchlist_entries")).hasSize(EntryKind.values().length);
    }

    @Test
    void shouldReportWatchlistLoadedAndUnacknowledgedRedAlerts() {
        // Given
        assertThat(scrape().value("sentinel_watchlist_loaded")).isZero();

        // When
        metrics.watchlistLoaded(true);
        metrics.unacknowledgedRed(7);

        // Then
        ScrapedMetrics scraped = scrape();
        assertThat(scraped.value("sentinel_watchlist_loaded")).isEqualTo(1.0);
        assertThat(scraped.value("sentinel_alerts_unacknowledged_red")).isEqualTo(7.0);
    }

    @Test
    void shouldReportNoStreamsStateBeforeBinding() {
        // When
        ScrapedMetrics scraped = scrape();

        // Then
        assertThat(scraped.samples("sentinel_streams_state")).hasSize(KafkaStreams.State.values().length)
                .allSatisfy(sample -> assertThat(sample.value()).isZero());
    }

    @Test
    void shouldFollowTheStreamsStateAndPublishKafkaMetricsOnceBound(@TempDir Path stateDir) {
        // Given
        KafkaStreams streams = UnstartedKafkaStreams.create(stateDir);
        try {
            // When
            metrics.bindStreams(streams);

            // Then
            ScrapedMetrics created = scrape();
            assertThat(created.value("sentinel_streams_state", "state", "CREATED")).isEqualTo(1.0);
            assertThat(created.value("sentinel_streams_state", "state", "RUNNING")).isZero();
            assertThat(created.all()).anyMatch(sample -> sample.name().startsWith("kafka_stream_"));
            assertThat(created.all()).anyMatch(sample -> sample.name().startsWith("kafka_consumer_"));
        } finally {
            streams.close(Duration.ofSeconds(10));
        }
        assertThat(scrape().value("sentinel_streams_state", "state", "NOT_RUNNING")).isEqualTo(1.0);
    }

    @Test
    void shouldRemoveKafkaMetricsWhenClosed(@TempDir Path stateDir) {
        // Given
        KafkaStreams streams = UnstartedKafkaStreams.create(stateDir);
        try {
            metrics.bindStreams(streams);

            // When
            metrics.close();

            // Then
            ScrapedMetrics scraped = scrape();
            assertThat(scraped.all()).noneMatch(sample -> sample.name().startsWith("kafka_"));
            assertThat(scraped.value("sentinel_streams_state", "state", "CREATED")).isZero();
        } finally {
            streams.close(Duration.ofSeconds(10));
        }
    }

    @Test
    void shouldTagEveryMeterWithTheApplicationAndIncludeJvmMetrics() {
        // Given
        PrometheusMeterRegistry prometheus = SentinelMetrics.prometheusRegistry();

        // When
        new SentinelMetrics(prometheus).retroAlert();

        // Then
        ScrapedMetrics scraped = ScrapedMetrics.parse(prometheus.scrape());
        assertThat(scraped.value("sentinel_retro_alerts_total", "application", "heritage-sentinel")).isEqualTo(1.0);
        assertThat(scraped.all()).allSatisfy(sample ->
                assertThat(sample.labels()).containsEntry("application", "heritage-sentinel"));
        assertThat(scraped.contains("jvm_memory_used_bytes")).isTrue();
        assertThat(scraped.contains("jvm_threads_live_threads")).isTrue();
        assertThat(scraped.contains("jvm_classes_loaded_classes")).isTrue();
        assertThat(scraped.contains("process_uptime_seconds")).isTrue();
        assertThat(scraped.contains("system_cpus")).isTrue();
    }

    @Test
    void shouldWriteEveryPrometheusNameOfADomainMeterNextToItsDefinition() throws Exception {
        // Given every domain meter with a sample
        MetricsExpositionLintSpec.exerciseEveryDomainMeter(metrics);

        // When
        Set<String> families = Pattern.compile("^# TYPE (sentinel_\\w+) ", Pattern.MULTILINE).matcher(registry.scrape()).results()
                .map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
        String source = Files.readString(Path.of("src/main/java/org/heritagesentinel/metrics/SentinelMetrics.java"));

        // Then a grep for any of them from a dashboard finds its definition
        assertThat(families).contains("sentinel_alert_hits_total", "sentinel_screening_latency_seconds", "sentinel_streams_state");
        assertThat(families).allSatisfy(family -> assertThat(source).as("the Prometheus name %s in SentinelMetrics.java", family)
                .containsPattern("// Prometheus: .*\\b" + family + "\\b"));
    }
}
