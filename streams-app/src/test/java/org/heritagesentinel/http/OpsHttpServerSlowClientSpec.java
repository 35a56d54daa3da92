package org.heritagesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.heritagesentinel.testkit.ReadyProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The attack of issue 21 (point 4) on a real server: clients that send a few header bytes and then
 * nothing, clients that open more connections than they should, and a flood of parallel requests.
 * The attackers connect from 127.0.0.2 (loopback too) so that the server tells them apart from the
 * platform's probe on 127.0.0.1, as it tells a pod's kubelet from an attacker.
 */
class OpsHttpServerSlowClientSpec {
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(1);
    private static final String ATTACKER = "127.0.0.2";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpClient probeClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Socket> sockets = new ArrayList<>();
    private OpsHttpServer server;

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    @Test
    void shouldKeepAnsweringHealthAndMetricsWhileEightConnectionsTrickleHeaders() throws Exception {
        // Given eight connections that sent the start of a request header and then fell silent
        server = OpsHttpServer.start("127.0.0.1", 0, registry, new ReadyProbe());
        warmUp();
        for (int i = 0; i < 8; i++) {
            slowHeader(ATTACKER);
        }
        for (int i = 0; i < 8; i++) {
            slowHeader("127.0.0.1");
        }

        // Then the probes answer at once, every time
        for (int i = 0; i < 5; i++) {
            assertAnsweredWithinBound("/health/ready", 200);
            assertAnsweredWithinBound("/metrics", 200);
        }
    }

    @Test
    void shouldCloseAConnectionThatDoesNotCompleteItsHeaderInTime() throws Exception {
        // Given a header timeout of one second
        server = OpsHttpServer.bind("127.0.0.1", 0, registry, new ReadyProbe(), limits(Duration.ofSeconds(1), 16));
        server.start();
        warmUp();

        // When a client sends part of a header and then nothing
        Socket slow = slowHeader(ATTACKER);

        // Then the server hangs up on it, although it never went idle for the idle timeout
        slow.setSoTimeout(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> closedByServer(slow));
        assertAnsweredWithinBound("/health/ready", 200);
    }

    @Test
    void shouldHangUpOnConnectionsBeyondTheLimitPerClientAddressOnly() throws Exception {
        // Given at most four connections per client address
        server = OpsHttpServer.bind("127.0.0.1", 0, registry, new ReadyProbe(), limits(Duration.ofSeconds(30), 4));
        server.start();
        warmUp();

        // When one address opens ten
        List<Socket> opened = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            opened.add(slowHeader(ATTACKER));
        }

        // Then six are closed by the server, four stay open, and another address is served
        for (Socket socket : opened) {
            socket.setSoTimeout(200);
        }
        await().atMost(Duration.ofSeconds(10))
            .until(() -> opened.stream().filter(OpsHttpServerSlowClientSpec::closedByServer).count() == 6);
        assertAnsweredWithinBound("/health/ready", 200);

        // and once it has let go of its connections, that address is served again
        for (Socket socket : opened) {
            socket.close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> rawGet(ATTACKER, "/health/ready").startsWith("HTTP/1.1 200"));
    }

    @Test
    void shouldServeAClientAgainOnceItsConnectionsWereClosedByTheHeaderDeadline() throws Exception {
        // Given at most four connections per address, and a header timeout of one second
        server = OpsHttpServer.bind("127.0.0.1", 0, registry, new ReadyProbe(), limits(Duration.ofSeconds(1), 4));
        server.start();

        // When an address fills its four connections with slow headers, three times over, each time hung up on
        for (int round = 0; round < 3; round++) {
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Socket socket = slowHeader(ATTACKER);
                socket.setSoTimeout(200);
                slow.add(socket);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> slow.stream().allMatch(OpsHttpServerSlowClientSpec::closedByServer));
        }

        // Then it is not locked out: closed connections no longer count against it
        assertThat(rawGet(ATTACKER, "/health/ready")).startsWith("HTTP/1.1 200");
    }

    @Test
    void shouldKeepAnsweringHealthDuringAFloodOfParallelRequests() throws Exception {
        // Given a flood: 400 requests, 64 at a time, each on its own connection
        server = OpsHttpServer.start("127.0.0.1", 0, registry, new ReadyProbe());
        warmUp();
        ExecutorService flood = Executors.newFixedThreadPool(64);
        AtomicInteger answered = new AtomicInteger();
        List<Future<?>> requests = new ArrayList<>();
        try {
            for (int i = 0; i < 400; i++) {
                String path = i % 2 == 0 ? "/metrics" : "/health/live";
                requests.add(flood.submit(() -> {
                    if (rawGet(ATTACKER, path).startsWith("HTTP/1.1 200")) {
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }

            // Then health answers within the bound all through it
            for (int i = 0; i < 10 && requests.stream().anyMatch(request -> !request.isDone()); i++) {
                assertAnsweredWithinBound("/health/ready", 200);
            }
        } finally {
            flood.shutdown();
            assertThat(flood.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answered.get()).as("flood requests answered").isPositive();
    }

    private static OpsHttpServer.Limits limits(Duration headerTimeout, int perClient) {
        OpsHttpServer.Limits defaults = OpsHttpServer.Limits.DEFAULTS;
        return new OpsHttpServer.Limits(headerTimeout, defaults.idleTimeout(), perClient, defaults.maxHeaderBytes(),
            defaults.maxBodyBytes(), defaults.threads());
    }

    /** The probe's first request loads classes and opens its connection: the bound is for a probe already running. */
    private void warmUp() throws Exception {
        probeClient.send(HttpRequest.newBuilder(server.baseUri().resolve("/health/ready")).build(),
            HttpResponse.BodyHandlers.discarding());
    }

    private void assertAnsweredWithinBound(String path, int status) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = probeClient.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(took).as(path + " answered in").isLessThan(ANSWER_BOUND);
    }

    /** A connection from {@code localAddress} that sends the start of a header and then nothing. */
    private Socket slowHeader(String localAddress) throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        socket.getOutputStream().write("GET /health/ready HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static boolean closedByServer(Socket socket) {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private String rawGet(String localAddress, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException refused) {
            return "";
        }
    }
}
