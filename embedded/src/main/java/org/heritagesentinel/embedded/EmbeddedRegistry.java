package org.heritagesentinel.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apicurio Registry server (the all-in-one distribution from Maven Central) run as a
 * child JVM on a free loopback port. It serves the native API and the Confluent-compatible one.
 */
public final class EmbeddedRegistry implements AutoCloseable {
    /** System property naming the unpacked distribution; the build sets it for tests. */
    public static final String HOME_PROPERTY = "sentinel.registry.home";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRegistry.class);

    private final Process process;
    private final int port;
    private final Path logFile;
    private final Thread shutdownHook;

    private EmbeddedRegistry(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        // a child JVM survives Ctrl-C of its parent unless somebody destroys it
        this.shutdownHook = new Thread(process::destroyForcibly, "registry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static EmbeddedRegistry start() {
        return start(locateRunnerJar());
    }

    public static EmbeddedRegistry start(Path runnerJar) {
        int port = FreePorts.next();
        try {
            Path logFile = Files.createTempFile("sentinel-registry-", ".log");
            List<String> command = new ArrayList<>();
            command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx160m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Dquarkus.http.host=127.0.0.1");
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dquarkus.management.host=127.0.0.1");
            command.add("-Dquarkus.management.port=" + FreePorts.next());
            command.add("-Dquarkus.log.level=WARN");
            command.add("-jar");
            command.add(runnerJar.toString());
            Process process = new ProcessBuilder(command)
                .directory(runnerJar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
            EmbeddedRegistry registry = new EmbeddedRegistry(process, port, logFile);
            registry.awaitReady(Duration.ofSeconds(90));
            log.info("Apicurio Registry ready at {}", registry.baseUrl());
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Apicurio Registry from " + runnerJar, e);
        }
    }

    /** Root of the server, e.g. {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** URL for the Apicurio serde (v2 API of the 2.6 server). */
    public String apiUrl() {
        return baseUrl() + "/apis/registry/v2";
    }

    /** URL of the Confluent-compatible API. */
    public String confluentCompatUrl() {
        return baseUrl() + "/apis/ccompat/v7";
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        URI probe;
        try {
            probe = new URI(apiUrl() + "/system/info");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue()
                    + "; see " + logFile);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the registry", e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the registry", e);
            }
        }
        close();
        throw new IllegalStateException("Apicurio Registry not ready after " + timeout + "; see " + logFile);
    }

    /** Finds the distribution: the system property, else {@code apicurio-registry/} beside the application jar. */
    static Path locateRunnerJar() {
        List<Path> homes = new ArrayList<>();
        Optional.ofNullable(System.getProperty(HOME_PROPERTY)).map(Paths::get).ifPresent(homes::add);
        Optional.ofNullable(System.getenv("SENTINEL_REGISTRY_HOME")).map(Paths::get).ifPresent(homes::add);
        try {
            Path codeSource = Paths.get(EmbeddedRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            homes.add(codeSource.getParent().resolve("apicurio-registry"));
        } catch (URISyntaxException | SecurityException e) {
            log.debug("cannot locate the application jar: {}", e.toString());
        }
        for (Path home : homes) {
            if (Files.isDirectory(home)) {
                try (Stream<Path> files = Files.list(home)) {
                    Optional<Path> jar = files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).findFirst();
                    if (jar.isPresent()) {
                        return jar.get();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("Apicurio Registry distribution not found in " + homes
            + ": build with ./mvnw package, or set -D" + HOME_PROPERTY + " / SENTINEL_REGISTRY_HOME");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // already in shutdown: the hook runs anyway
        }
    }
}
