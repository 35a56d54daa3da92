package org.heritagesentinel.connectors.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Apicurio Registry 2.6 (the all-in-one distribution unpacked by the build into
 * target/apicurio-registry) as a child process on a free loopback port, in-memory storage.
 * Stand-in until the project's shared registry fixture is used here.
 */
public final class RegistryProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private RegistryProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static RegistryProcess start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("sentinel.registry.home", "target/apicurio-registry"));
        Path runner;
        try (Stream<Path> files = Files.list(home)) {
            runner = files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IOException("no *-runner.jar in " + home.toAbsolutePath()));
        }
        int port = freePort();
        Path log = Files.createTempFile("sentinel-registry", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + freePort(),
                "-jar", runner.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RegistryProcess registry = new RegistryProcess(process, port);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("registry exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> info = http.send(HttpRequest.newBuilder(URI.create(registry.v2Url() + "/system/info")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (info.statusCode() == 200) {
                    return registry;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        registry.close();
        throw new IOException("registry not ready after 60 s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Base URL of the v2 API, as the Apicurio serde wants it. */
    public String v2Url() {
        return "http://127.0.0.1:" + port + "/apis/registry/v2";
    }

    /** Base URL of the Confluent-compatible API. */
    public String ccompatUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    /** Registers a schema under a subject through the Confluent-compatible API; returns its id. */
    public int registerSchema(String subject, String schemaJson) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        String body = json.writeValueAsString(Map.of("schema", schemaJson));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ccompatUrl() + "/subjects/" + subject + "/versions"))
                        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("schema registration failed: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).get("id").asInt();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
