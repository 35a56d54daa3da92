package org.heritagesentinel.testkit;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

/**
 * A real Prometheus server ({@code prometheus} on PATH, Debian package {@code prometheus}) as a
 * child process on a free loopback port, scraping one target every second, for tests that check
 * what Prometheus itself sees: names, types, labels, histogram buckets.
 */
public final class PrometheusServer implements AutoCloseable {

    public static final String JOB = "sentinel";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final Path workDir;
    private final URI uri;
    private final Thread killOnExit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    private PrometheusServer(Process process, Path workDir, URI uri) {
        this.process = process;
        this.workDir = workDir;
        this.uri = uri;
        // A test JVM killed mid-run must not leave Prometheus behind.
        this.killOnExit = new Thread(process::destroyForcibly, "prometheus-server-cleanup");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts Prometheus scraping {@code target} (job {@value #JOB}), evaluating {@code ruleFiles}
     * every second, and returns once {@code /-/ready} answers 200.
     */
    public static PrometheusServer scraping(URI target, Path... ruleFiles) throws IOException, InterruptedException {
        Path prometheus = Executables.requirePrometheusTool("prometheus");
        IllegalStateException failure = null;
        // The free port is only free until Prometheus binds it; another process may take it first.
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            Path workDir = Files.createTempDirectory("prometheus-test");
            try {
                return start(prometheus, workDir, config(target, ruleFiles), freePort());
            } catch (IllegalStateException e) {
                deleteRecursively(workDir);
                failure = e;
            }
        }
        throw failure;
    }

    public URI uri() {
        return uri;
    }

    /**
     * Evaluates {@code promql} now: the value of a scalar or of a one-sample vector, empty for an
     * empty vector (e.g. before the first scrape). Aggregate queries that return several series.
     */
    public OptionalDouble query(String promql) throws IOException, InterruptedException {
        JsonNode data = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        String type = data.path("resultType").asText();
        JsonNode result = data.path("result");
        switch (type) {
            case "scalar":
                return OptionalDouble.of(number(result));
            case "vector":
                if (result.isEmpty()) {
                    return OptionalDouble.empty();
                }
                if (result.size() > 1) {
                    throw new IllegalStateException(promql + " returned " + result.size() + " series: " + result);
                }
                return OptionalDouble.of(number(result.get(0).path("value")));
            default:
                throw new IllegalStateException(promql + " returned a " + type + ", not a number: " + result);
        }
    }

    /** A loaded rule as Prometheus reports it: health is "unknown" until its first evaluation. */
    public record RuleState(String health, String lastError) {
    }

    /** Every loaded recording and alerting rule, by name. */
    public Map<String, RuleState> rules() throws IOException, InterruptedException {
        Map<String, RuleState> rules = new TreeMap<>();
        for (JsonNode group : get("/api/v1/rules").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                rules.put(rule.path("name").asText(),
                        new RuleState(rule.path("health").asText(), rule.path("lastError").asText("")));
            }
        }
        return rules;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
        deleteRecursively(workDir);
    }

    private static PrometheusServer start(Path prometheus, Path workDir, String configYaml, int port)
            throws IOException, InterruptedException {
        Path config = Files.writeString(workDir.resolve("prometheus.yml"), configYaml);
        Path log = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder(List.of(
                prometheus.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + workDir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PrometheusServer server = new PrometheusServer(process, workDir, URI.create("http://127.0.0.1:" + port));
        try {
            server.awaitReady(log);
            return server;
        } catch (IllegalStateException | IOException e) {
            server.close();
            throw e;
        }
    }

    private static String config(URI target, Path... ruleFiles) {
        StringBuilder rules = new StringBuilder("rule_files:\n");
        for (Path ruleFile : ruleFiles) {
            if (!Files.isRegularFile(ruleFile)) {
                throw new IllegalArgumentException("no rule file " + ruleFile.toAbsolutePath());
            }
            rules.append("  - '").append(ruleFile.toAbsolutePath()).append("'\n");
        }
        return String.join("\n",
                "global:",
                "  scrape_interval: 1s",
                "  scrape_timeout: 1s",
                "  evaluation_interval: 1s",
                rules.toString(),
                "scrape_configs:",
                "  - job_name: " + JOB,
                "    metrics_path: " + (target.getPath().isEmpty() ? "/metrics" : target.getPath()),
                "    static_configs:",
                "      - targets: ['" + target.getHost() + ":" + target.getPort() + "']",
                "");
    }

    private void awaitReady(Path log) throws IOException {
        HttpRequest ready = HttpRequest.newBuilder(uri.resolve("/-/ready")).timeout(Duration.ofSeconds(2)).build();
        try {
            await("prometheus ready").atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("prometheus exited with " + process.exitValue() + ":\n" + Files.readString(log));
                }
                try {
                    return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (ConnectException notListeningYet) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("prometheus not ready after " + READY_TIMEOUT + ":\n" + Files.readString(log), e);
        }
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri + pathAndQuery)).timeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(response.body());
        if (response.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
            throw new IllegalStateException(pathAndQuery + " failed with " + response.statusCode() + ": " + response.body());
        }
        return body.path("data");
    }

    // Prometheus encodes sample values as strings ("1", "NaN", "+Inf") in [timestamp, value] pairs.
    private static double number(JsonNode timestampAndValue) {
        return PrometheusNumbers.parse(timestampAndValue.get(1).asText());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
