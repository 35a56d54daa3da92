package org.heritagesentinel.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The operations endpoint: {@code /metrics}, {@code /health/live}, {@code /health/ready},
 * {@code /outcomes/hit-rate}, and any read-only route added with {@link #register} (the register
 * queries, see {@link QueryRoutes}). Built on the JDK's HTTP server, so it costs no dependency;
 * loopback by default, since metrics and health are for the platform, not the world.
 */
public final class OpsHttpServer implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    /**
     * The Prometheus text format 0.0.4. The constant of the prometheus-metrics library is in a jar
     * that is only a runtime dependency of micrometer-registry-prometheus; the registry selects
     * its writer from this exact string.
     */
    public static final String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    // Scrapes and probes take milliseconds: a few threads suffice, and a bounded queue keeps a
    // flood of requests from growing memory; the JDK closes connections the pool rejects.
    private static final int THREADS = 4;
    private static final int QUEUE_CAPACITY = 64;
    private static final long CLOSE_GRACE_SECONDS = 5;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private OpsHttpServer(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds {@code host:port} (port 0 picks a free one, see {@link #port()}) and starts serving. */
    public static OpsHttpServer start(String host, int port, PrometheusMeterRegistry registry, HealthProbe probe)
            throws IOException {
        OpsHttpServer ops = bind(host, port, registry, probe);
        ops.start();
        return ops;
    }

    /**
     * Binds {@code host:port} with the ops routes, without serving yet: the bound port is known
     * before Kafka Streams is created (its {@code application.server}), requests wait for {@link #start()}.
     */
    public static OpsHttpServer bind(String host, int port, PrometheusMeterRegistry registry, HealthProbe probe)
            throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(probe, "probe");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), daemonThreads());
        server.setExecutor(executor);
        OpsHttpServer ops = new OpsHttpServer(server, executor);
        ops.register("/metrics", new MetricsHandler(registry));
        ops.register("/health/live", new HealthHandler(probe, HealthReport::liveness));
        ops.register("/health/ready", new HealthHandler(probe, HealthReport::readiness));
        ops.register("/outcomes/hit-rate", new HitRateHandler(registry));
        return ops;
    }

    public void start() {
        server.start();
    }

    /**
     * Adds a GET-only route. {@code path} matches exactly, or, if it ends with '/', every path
     * below it (e.g. {@code /alerts/} for {@code /alerts/{id}}).
     */
    public void register(String path, HttpHandler handler) {
        server.createContext(path, new ReadOnlyRoute(path, handler));
    }

    /** A route that reads a request body of at most {@code maxBody} bytes ({@code POST /screen}). */
    public void registerPost(String path, int maxBody, HttpHandler handler) {
        server.createContext(path, new PostRoute(path, maxBody, handler));
    }

    /** The bound port: the free one chosen when started with port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    public URI baseUri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    /** Stops accepting, lets requests in progress finish for a few seconds, then stops the threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sentinel-ops-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
