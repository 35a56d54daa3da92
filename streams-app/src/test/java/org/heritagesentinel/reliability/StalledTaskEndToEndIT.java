package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.e2e.SharedStack;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testkit.ScrapedMetrics;
import org.junit.jupiter.api.Test;

/**
 * A task stuck in one record turns {@code /health/ready} DOWN, names the task, and shows in a metric; it
 * turns UP again once the task moves (issue 21, the progress watchdog). The stall is real: the stream
 * thread blocks on a record, as it did for minutes in retro-screening of a 70,000-alias entry; here a
 * consumer interceptor of the test holds it, since the application itself no longer has such a record.
 */
class StalledTaskEndToEndIT {
    /** One client, so the polls reuse a connection: the ops server bounds the connections of one address. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Holds the stream thread on a record keyed STALL: until the test releases it (60 s at most). */
    public static final class StallingInterceptor implements ConsumerInterceptor<byte[], byte[]> {
        @Override
        public ConsumerRecords<byte[], byte[]> onConsume(ConsumerRecords<byte[], byte[]> records) {
            records.forEach(r -> {
                if (r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith("STALL:")) {
                    try {
                        RELEASE.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            return records;
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    @Test
    void aStalledTaskTurnsReadinessDownAndIsNamedUntilItMovesAgain() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        IsolatedConfig isolated = IsolatedConfig.of(stack.kafka().bootstrapServers(), stack.registry().apiUrl(), "stall",
            Map.of("health.stall-after", "PT3S"));
        stack.prepare(isolated.config());
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-stall-").toString());
        overrides.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.INTERCEPTOR_CLASSES_CONFIG),
            StallingInterceptor.class.getName());
        try (SentinelApplication app = new SentinelApplication(isolated.config(), new SentinelSerdes(isolated.config()),
            overrides)) {
            app.start();
            await().atMost(TIMEOUT).until(() -> status(app, "/health/ready") == 200);

            // When the stream thread is held on one record
            new Clients(isolated.config()).sendRaw(isolated.config().topics().declarations(),
                "STALL:1".getBytes(StandardCharsets.UTF_8), new byte[] {0});

            // Then readiness turns DOWN naming the stalled tasks, and the metric shows them
            await().atMost(TIMEOUT).until(() -> status(app, "/health/ready") == 503);
            String report = body(app, "/health/ready");
            assertThat(report).contains("\"state\":\"RUNNING\"").containsPattern("\"stalledTasks\":\\[\"\\d+_\\d+\"");
            assertThat(ScrapedMetrics.parse(body(app, "/metrics")).samples("sentinel_task_stalled_seconds")).isNotEmpty();
            assertThat(status(app, "/health/live")).isEqualTo(200);

            // And once the thread moves again, readiness is UP again
            RELEASE.countDown();
            await().atMost(TIMEOUT).until(() -> status(app, "/health/ready") == 200);
            assertThat(body(app, "/health/ready")).doesNotContain("stalledTasks");
        }
    }

    private static int status(SentinelApplication app, String path) throws IOException, InterruptedException {
        return get(app, path).statusCode();
    }

    private static String body(SentinelApplication app, String path) throws IOException, InterruptedException {
        return get(app, path).body();
    }

    private static HttpResponse<String> get(SentinelApplication app, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(app.httpUri().resolve(path))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
