package org.heritagesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.testkit.ScrapedMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpsHttpServerSpec {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final SentinelMetrics metrics = new SentinelMetrics(registry);
    private final FakeProbe probe = new FakeProbe();
    private final HttpClient http = HttpClient.newHttpClient();
    private OpsHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = OpsHttpServer.start("127.0.0.1", 0, registry, probe);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldBindAFreeLoopbackPortWhenAskedForPortZero() {
        // Then
        assertThat(server.port()).isPositive();
        assertThat(server.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = {"RUNNING", "REBALANCING"})
    void shouldBeLiveWhileRunningOrRebalancing(State state) throws Exception {
        // Given
        probe.state.set(state);

        // When
        HttpResponse<String> response = get("/health/live");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        // Jetty writes a known media type in its canonical form, without the optional space
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).matches("application/json; ?charset=utf-8"));
        assertThat(json(response).path("status").asText()).isEqualTo("UP");
        assertThat(json(response).path("state").asText()).isEqualTo(state.name());
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = {"CREATED", "PENDING_SHUTDOWN", "NOT_RUNNING", "PENDING_ERROR", "ERROR"})
    void shouldNotBeLiveInAnyOtherState(State state) throws Exception {
        // Given
        probe.state.set(state);
        probe.watchlistLoaded.set(true);

        // When
        HttpResponse<String> response = get("/health/live");

        // Then
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).path("status").asText()).isEqualTo("DOWN");
        assertThat(json(response).path("state").asText()).isEqualTo(state.name());
    }

    @Test
    void shouldBeReadyWhenRunningWithTheWatchlistLoaded() throws Exception {
        // Given
        probe.state.set(State.RUNNING);
        probe.watchlistLoaded.set(true);

        // When
        HttpResponse<String> response = get("/health/ready");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"state\":\"RUNNING\",\"watchlistLoaded\":true}");
    }

    @Test
    void shouldNotBeReadyWhileTheWatchlistLoads() throws Exception {
        // Given
        probe.state.set(State.RUNNING);
        probe.watchlistLoaded.set(false);

        // When
        HttpResponse<String> ready = get("/health/ready");
        HttpResponse<String> live = get("/health/live");

        // Then
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\",\"state\":\"RUNNING\",\"watchlistLoaded\":false}");
        assertThat(live.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = "RUNNING", mode = EnumSource.Mode.EXCLUDE)
    void shouldNotBeReadyUnlessRunning(State state) throws Exception {
        // Given
        probe.state.set(state);
        probe.watchlistLoaded.set(true);

        // When
        HttpResponse<String> response = get("/health/ready");

        // Then
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).path("status").asText()).isEqualTo("DOWN");
    }

    @Test
    void shouldReportDownWithANullStateBeforeKafkaStreamsExists() throws Exception {
        // Given
        probe.state.set(null);

        // When
        HttpResponse<String> response = get("/health/live");

        // Then
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\",\"state\":null,\"watchlistLoaded\":false}");
    }

    @Test
    void shouldServeTheRegistryInThePrometheusTextFormat() throws Exception {
        // Given
        metrics.alertEmitted(AlertStatus.NEW, Severity.HIGH, Lane.RED, "GR");

        // When
        HttpResponse<String> response = get("/metrics");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).contains("# TYPE sentinel_alerts_total counter");
        assertThat(ScrapedMetrics.parse(response.body()).value("sentinel_alerts_total", "lane", "RED", "authority", "GR"))
                .isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void shouldRefuseMethodsOtherThanGet(String method) throws Exception {
        // When
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(server.baseUri().resolve("/metrics"))
                        .method(method, HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // Then
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void shouldAnswerHeadLikeGetWithoutABody() throws Exception {
        // Given a health check that is down
        probe.state.set(State.RUNNING);
        probe.watchlistLoaded.set(false);

        // When
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/health/ready"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        // Then
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/metricsX", "/metrics/extra", "/health", "/health/liveness"})
    void shouldAnswerNotFoundForPathsThatAreNotRoutes(String path) throws Exception {
        // When
        HttpResponse<String> response = get(path);

        // Then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldServeRoutesRegisteredBetweenBindAndStartIncludingTheirSubPaths() throws Exception {
        // Given
        server.close();
        server = OpsHttpServer.bind("127.0.0.1", 0, registry, probe);
        server.register("/alerts/", ctx -> ctx.result(ctx.path()));
        server.start();

        // When
        HttpResponse<String> response = get("/alerts/A-42");
        HttpResponse<String> nested = get("/alerts/A-42/history");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("/alerts/A-42");
        assertThat(nested.body()).isEqualTo("/alerts/A-42/history");
        assertThat(get("/alerts").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseRoutesRegisteredOnceServing() {
        // Then
        assertThatThrownBy(() -> server.register("/late", ctx -> ctx.result("late")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before start()");
    }

    @Test
    void shouldAnswerInternalErrorWhenARouteFails() throws Exception {
        // Given
        server.close();
        server = OpsHttpServer.bind("127.0.0.1", 0, registry, probe);
        server.register("/broken", ctx -> {
            throw new IllegalStateException("store not queryable");
        });
        server.start();

        // When
        HttpResponse<String> response = get("/broken");

        // Then
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("store not queryable");
    }

    @Test
    void shouldReleaseThePortWhenClosed() {
        // Given
        URI live = server.baseUri().resolve("/health/live");

        // When
        server.close();

        // Then
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(live).build(), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }

    private static final class FakeProbe implements HealthProbe {
        final AtomicReference<State> state = new AtomicReference<>();
        final AtomicBoolean watchlistLoaded = new AtomicBoolean();

        @Override
        public State state() {
            return state.get();
        }

        @Override
        public boolean watchlistLoaded() {
            return watchlistLoaded.get();
        }
    }
}
