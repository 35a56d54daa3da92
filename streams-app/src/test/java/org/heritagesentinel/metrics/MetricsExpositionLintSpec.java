package org.heritagesentinel.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.LinkKind;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.testkit.Executables;
import org.heritagesentinel.testkit.UnstartedKafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code promtool check metrics} on everything {@code /metrics} serves: domain, JVM, and Kafka
 * Streams client metrics. Needs promtool (Debian package prometheus): mandatory under CI=true,
 * which installs it; elsewhere skipped with a line saying so, and listed at the end of the build.
 */
class MetricsExpositionLintSpec {

    @Test
    void shouldPassPromtoolCheckMetrics(@TempDir Path stateDir) throws Exception {
        // Given every kind of meter /metrics serves, each with a sample
        Path promtool = Executables.requirePrometheusTool("promtool");
        PrometheusMeterRegistry registry = SentinelMetrics.prometheusRegistry();
        KafkaStreams streams = UnstartedKafkaStreams.create(stateDir);
        String exposition;
        try (SentinelMetrics metrics = new SentinelMetrics(registry)) {
            metrics.bindStreams(streams);
            exerciseEveryDomainMeter(metrics);

            // When
            exposition = registry.scrape(org.heritagesentinel.http.OpsHttpServer.METRICS_CONTENT_TYPE);
        } finally {
            streams.close(Duration.ofSeconds(10));
        }
        Result result = checkMetrics(promtool, exposition);

        // Then
        assertThat(result.output()).as("promtool check metrics output").isEmpty();
        assertThat(result.exitCode()).as("promtool exit code").isZero();
    }

    /** One sample for every domain meter, so each appears in the exposition. */
    static void exerciseEveryDomainMeter(SentinelMetrics metrics) {
        metrics.declarationScreened("FR");
        metrics.seizureScreened("FR");
        metrics.alertEmitted(AlertStatus.NEW, Severity.HIGH, Lane.RED, "FR");
        metrics.hit(RuleType.STOLEN_OBJECT);
        metrics.alertRouted("IT");
        metrics.deadLetter("customs.declarations.v1", "SerializationException");
        metrics.lateRecord("customs.declarations.v1");
        metrics.validationWarning("missing-origin");
        metrics.outcome(RuleType.STOLEN_OBJECT, true, LinkKind.CONTAINER);
        metrics.retroAlert();
        metrics.screeningLatency(Duration.ofMillis(120));
        metrics.sourceLag(Duration.ofMinutes(3));
        metrics.watchlistSize(EntryKind.OBJECT, 3);
        metrics.watchlistLoaded(true);
        metrics.unacknowledgedRed(1);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result checkMetrics(Path promtool, String exposition) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(promtool.toString(), "check", "metrics")
                .redirectErrorStream(true)
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(exposition.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("promtool check metrics did not finish");
        }
        return new Result(process.exitValue(), output);
    }
}
