package org.heritagesentinel.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code /metrics}, {@code /health/live}, {@code /health/ready},
 * {@code /outcomes/hit-rate}, and any read-only route added with {@link #register} (the register
 * queries, see {@link QueryRoutes}). Javalin on Jetty 12, like the analyst console: Jetty parses
 * request headers without holding a thread, so a slow client costs a socket, not a worker, and
 * {@link Limits} bounds what one client can hold. Loopback by default, since metrics and health
 * are for the platform, not the world.
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

    private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    /**
     * What one client may hold. {@code headerTimeout}: time to send a complete request header;
     * {@code idleTimeout}: silence tolerated while a request is read or answered; sizes in bytes
     * (a request line counts towards the header).
     */
    public record Limits(Duration headerTimeout, Duration idleTimeout, int maxConnectionsPerClient, int maxHeaderBytes,
                         int maxBodyBytes, int threads) {
        // Scrapes and probes take milliseconds; a forwarded register query at most queries.forward-timeout.
        // One address holds at most half the threads, so a flood from one client leaves threads to the probes.
        public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(5), Duration.ofSeconds(30), 12, 8 * 1024,
            4 * 1024, 24);
    }

    private final ServerSocketChannel channel;
    private final Limits limits;
    private final Map<String, Handler> routes = new LinkedHashMap<>();
    private final Map<String, PostRoute> postRoutes = new LinkedHashMap<>();
    private Javalin javalin;

    private OpsHttpServer(ServerSocketChannel channel, Limits limits) {
        this.channel = channel;
        this.limits = limits;
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
        return bind(host, port, registry, probe, Limits.DEFAULTS);
    }

    public static OpsHttpServer bind(String host, int port, PrometheusMeterRegistry registry, HealthProbe probe,
                                     Limits limits) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(probe, "probe");
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        OpsHttpServer ops = new OpsHttpServer(channel, limits);
        ops.register("/metrics", new MetricsHandler(registry));
        ops.register("/health/live", new HealthHandler(probe, HealthReport::liveness));
        ops.register("/health/ready", new HealthHandler(probe, HealthReport::readiness));
        ops.register("/outcomes/hit-rate", new HitRateHandler(registry));
        return ops;
    }

    /** Serves the routes registered so far: Javalin fixes its routes when it starts. */
    public synchronized void start() {
        if (javalin != null) {
            throw new IllegalStateException("the ops server is already serving");
        }
        javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.router.ignoreTrailingSlashes = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = maxBody();
            config.jetty.threadPool = threadPool();
            config.jetty.modifyServer(this::limitBodiesAndClose);
            config.jetty.addConnector(this::connector);
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("{} failed", ctx.path(), e);
                Responses.send(ctx, 500, Responses.JSON, "{\"error\":\"internal error\"}");
            });
            // HEAD explicitly: otherwise Javalin answers 200 to HEAD on any GET route, a DOWN health check included
            routes.forEach((path, handler) -> {
                config.routes.addEndpoint(new Endpoint(HandlerType.GET, path, new ReadOnlyRoute(handler)));
                config.routes.addEndpoint(new Endpoint(HandlerType.HEAD, path, new ReadOnlyRoute(handler)));
            });
            postRoutes.forEach((path, route) -> config.routes.addEndpoint(new Endpoint(HandlerType.POST, path, route)));
        });
        javalin.start();
    }

    /** Serves on the socket bound by {@link #bind}, guarded by {@link Limits}. */
    private ServerConnector connector(Server server, HttpConfiguration http) {
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setIdleTimeout(limits.idleTimeout().toMillis());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addBean(new ConnectionGuard(connector.getScheduler(), limits.headerTimeout(), limits.maxConnectionsPerClient()));
        try {
            connector.open(channel);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve on " + channel, e);
        }
        return connector;
    }

    /**
     * Adds a read-only route (GET, and HEAD without the body), before {@link #start()}. {@code path} matches exactly, or, if it ends
     * with '/', every path below it (e.g. {@code /alerts/} for {@code /alerts/{id}}).
     */
    public synchronized void register(String path, Handler handler) {
        if (javalin != null) {
            throw new IllegalStateException("routes are fixed once the ops server serves: register " + path + " before start()");
        }
        routes.put(path.endsWith("/") ? path + "*" : path, handler);
    }

    /**
     * Adds a route that reads a request body of at most {@code maxBody} bytes ({@code POST /screen}), before
     * {@link #start()}; {@code path} matches exactly, and other methods get 405.
     */
    public synchronized void registerPost(String path, int maxBody, Handler handler) {
        if (javalin != null) {
            throw new IllegalStateException("routes are fixed once the ops server serves: register " + path + " before start()");
        }
        postRoutes.put(path, new PostRoute(maxBody, handler));
    }

    /** The bound port: the free one chosen when bound with port 0. */
    public int port() {
        return address().getPort();
    }

    public URI baseUri() {
        InetSocketAddress address = address();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    /** Stops accepting, lets requests in progress finish for a few seconds, then stops the threads. */
    @Override
    public synchronized void close() {
        if (javalin != null) {
            javalin.stop();
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing the ops server's socket failed", e);
        }
    }

    private InetSocketAddress address() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("the ops server's socket is closed", e);
        }
    }

    /**
     * Bodies are read only by POST routes: one larger than the largest they accept is refused before any route runs.
     * No graceful wait for idle keep-alive connections on close; requests being answered get
     * {@link #CLOSE_GRACE} from the thread pool.
     */
    private void limitBodiesAndClose(Server server) {
        server.setStopTimeout(0);
        server.insertHandler(new SizeLimitHandler(maxBody(), -1));
    }

    /** The largest body any route reads: the read-only routes none ({@link ReadOnlyRoute}), a POST route its own bound. */
    private long maxBody() {
        return Math.max(limits.maxBodyBytes(), postRoutes.values().stream().mapToLong(PostRoute::maxBody).max().orElse(0L));
    }

    /**
     * Bounded threads; Jetty wants its job queue unbounded, and what queues is bounded by the
     * connections: per client by {@link ConnectionGuard}, a request each.
     */
    private QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(limits.threads(), 2);
        pool.setName("sentinel-ops-http");
        pool.setStopTimeout(CLOSE_GRACE.toMillis());
        pool.setDaemon(true);
        return pool;
    }
}
