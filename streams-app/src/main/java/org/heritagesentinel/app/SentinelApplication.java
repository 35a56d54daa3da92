package org.heritagesentinel.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.config.SecretMasking;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.http.HealthProbe;
import org.heritagesentinel.http.OpsHttpServer;
import org.heritagesentinel.http.QueryRoutes;
import org.heritagesentinel.ondemand.OnDemandScreening;
import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.http.StreamsStateLookup;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.heritagesentinel.topology.SentinelTopology;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running instance of the screening application: topology, Kafka Streams client, metrics and
 * the ops HTTP endpoints ({@code /metrics}, {@code /health/live}, {@code /health/ready}), with the
 * register queries when query tokens are configured.
 */
public final class SentinelApplication implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SentinelApplication.class);

    private final SentinelConfig config;
    private final SentinelTopology.Parts parts;
    private final KafkaStreams streams;
    private final Properties streamsProps;
    private final Topology topology;
    private final PrometheusMeterRegistry registry = SentinelMetrics.prometheusRegistry();
    private final SentinelMetrics metrics = new SentinelMetrics(registry);
    private final ScheduledExecutorService gauges = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sentinel-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private final OpsHttpServer http;
    private final ProgressWatchdog watchdog;

    public SentinelApplication(SentinelConfig config, AvroSerdeFactory serdes) {
        this(config, serdes, new Properties());
    }

    /** {@code overrides} win over the configuration (tests: state directory, instance-specific ids). */
    public SentinelApplication(SentinelConfig config, AvroSerdeFactory serdes, Properties overrides) {
        this.config = config;
        this.watchdog = new ProgressWatchdog(config.limits().stallAfter());
        this.parts = ScreeningParts.create(config, serdes, metrics);
        this.http = config.http().port() >= 0 ? bindHttp(config) : null;
        SentinelConfig.Queries queries = config.coordination().queries();
        Properties props = StreamsSettings.of(config);
        String self = http != null && queries.active() ? advertisedHost(config) + ":" + http.port() : null;
        if (self != null) {
            // where other instances forward register queries for keys this instance holds
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self);
        }
        props.putAll(overrides);
        props.put(CountingDeadLetterHandler.METRICS_CONFIG, metrics);
        this.topology = SentinelTopology.build(parts, props);
        WatchlistStoreFreshness.check(config, props);
        this.streamsProps = props;
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("Stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("Kafka Streams {} -> {}", before, now));
        streams.setGlobalStateRestoreListener(parts.replay());
        metrics.bindStreams(streams);
        if (self != null) {
            SharingPolicy policy = new SharingPolicy(config.personalDataRoles(), parts.index()::get);
            QueryRoutes.install(http, queries, new StreamsStateLookup(streams, HostInfo.buildFromEndpoint(self)), policy, self,
                new OnDemandScreening(parts.screener(), new AlertScorer(config.scoring()), policy));
        }
    }

    private OpsHttpServer bindHttp(SentinelConfig config) {
        try {
            return OpsHttpServer.bind(config.http().host(), config.http().port(), registry, healthProbe());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the ops HTTP server to " + config.http().host() + ":"
                + config.http().port(), e);
        }
    }

    /** The host other instances reach this one at: configured, else the bound host, else (wildcard) the host name. */
    private static String advertisedHost(SentinelConfig config) {
        String configured = config.coordination().queries().advertisedHost();
        if (!configured.isEmpty()) {
            return configured;
        }
        String host = config.http().host();
        if (!host.equals("0.0.0.0") && !host.equals("::")) {
            return host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("http.host is a wildcard and the host name is unknown: set queries.advertised-host", e);
        }
    }

    public void start() {
        log.debug("Topology:\n{}", topology.describe());
        // what an operator checks first when a secured cluster refuses the application; secrets masked
        log.info("Application {}: Kafka client settings {}, registry client settings {}", config.applicationId(),
            SecretMasking.masked(config.kafkaClient()), SecretMasking.masked(config.registryClient()));
        if (http != null) {
            http.start();
            log.info("Ops endpoints on {} (/metrics, /health/live, /health/ready, /outcomes/hit-rate{})", http.baseUri(),
                config.coordination().queries().active() ? ", /register/ for authorities " + config.coordination().queries()
                    .tokenDigests().keySet() : "; register queries off: no queries.tokens, or queries.enabled=false");
        }
        gauges.scheduleAtFixedRate(this::updateGauges, 0, 5, TimeUnit.SECONDS);
        gauges.scheduleAtFixedRate(this::watchProgress, 1, 1, TimeUnit.SECONDS);
        streams.start();
    }

    private HealthProbe healthProbe() {
        return new HealthProbe() {
            @Override
            public KafkaStreams.State state() {
                return streams.state();
            }

            @Override
            public boolean watchlistLoaded() {
                return isReady();
            }

            @Override
            public Set<String> stalledTasks() {
                return watchdog.stalledTasks().keySet();
            }
        };
    }

    private void watchProgress() {
        try {
            metrics.stalledTasks(watchdog.check(StreamThreadProgress.of(streams), Instant.now()));
        } catch (RuntimeException e) {
            // a failed check must not end the schedule (a scheduled task that throws never runs again)
            log.warn("Progress check failed", e);
        }
    }

    private void updateGauges() {
        Map<EntryKind, Integer> sizes = parts.index().sizeByKind();
        for (EntryKind kind : EntryKind.values()) {
            metrics.watchlistSize(kind, sizes.getOrDefault(kind, 0));
        }
        metrics.watchlistLoaded(isReady());
        if (isReady()) {
            WatchlistStoreFreshness.markCurrent(streamsProps);
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public WatchlistIndex watchlist() {
        return parts.index();
    }

    /** The instance's meters, as {@code /metrics} exposes them. */
    public SentinelMetrics metrics() {
        return metrics;
    }

    /** Where the ops endpoints answer; null when HTTP is disabled ({@code http.port=-1}). */
    public java.net.URI httpUri() {
        return http == null ? null : http.baseUri();
    }

    /** The global watchlist table is restored before a Kafka Streams client turns RUNNING. */
    public boolean isReady() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    @Override
    public void close() {
        gauges.shutdownNow();
        if (isReady()) {
            // current up to now: a restart within delete.retention.ms keeps the store instead of rebuilding it
            WatchlistStoreFreshness.markCurrent(streamsProps);
        }
        // bounded: a thread stuck in one record must not hold the shutdown (it is abandoned after the timeout)
        if (!streams.close(config.limits().shutdownTimeout())) {
            log.warn("Kafka Streams did not close within {}; shutting down anyway", config.limits().shutdownTimeout());
        }
        if (http != null) {
            http.close();
        }
        metrics.close();
    }
}
