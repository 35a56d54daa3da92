package org.heritagesentinel.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka (combined broker + controller) in this JVM, on loopback.
 * Used by the demo and by the end-to-end tests: the same broker code as production, no mocks.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final Path logDir;
    private final int brokerPort;
    private final boolean deleteOnClose;
    private final Security security;
    private KafkaRaftServer server;

    /**
     * How both listeners (broker and controller) authenticate. PLAINTEXT for the demo and most tests; a test of
     * access control passes SASL settings, the credentials to write at format time and its admin's client settings;
     * a test of TLS passes key and trust stores.
     *
     * @param protocol         {@code PLAINTEXT}, {@code SASL_PLAINTEXT} or {@code SSL}, for both listeners
     * @param brokerSettings   mechanisms, JAAS configurations, authorizer, super users
     * @param formatArguments  extra {@code kafka-storage format} arguments, e.g. {@code --add-scram ...}
     * @param adminClient      client settings of a super user: readiness check and {@link #adminClientSettings()}
     */
    public record Security(String protocol, Map<String, String> brokerSettings, List<String> formatArguments,
                           Map<String, String> adminClient) {
        public static final Security PLAINTEXT = new Security("PLAINTEXT", Map.of(), List.of(), Map.of());
    }

    private EmbeddedKafka(Path logDir, int brokerPort, boolean deleteOnClose, Security security) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.deleteOnClose = deleteOnClose;
        this.security = security;
    }

    /** Starts a fresh broker in a temporary directory that is removed on close. */
    public static EmbeddedKafka start() {
        try {
            return start(Files.createTempDirectory("sentinel-kafka-"), true, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker on {@code logDir}; extra broker properties override the defaults
     * (e.g. {@code auto.create.topics.enable}).
     */
    public static EmbeddedKafka start(Path logDir, boolean deleteOnClose, Map<String, String> overrides) {
        return start(logDir, deleteOnClose, overrides, Security.PLAINTEXT);
    }

    /** A broker whose listeners authenticate as {@code security} says. */
    public static EmbeddedKafka start(Path logDir, boolean deleteOnClose, Map<String, String> overrides, Security security) {
        EmbeddedKafka kafka = new EmbeddedKafka(logDir, FreePorts.next(), deleteOnClose, security);
        kafka.startServer(FreePorts.next(), overrides);
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Bootstrap servers plus the super user's security settings: enough for an {@link Admin}. */
    public Properties adminClientSettings() {
        Properties props = new Properties();
        props.putAll(security.adminClient());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    private void startServer(int controllerPort, Map<String, String> overrides) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        String protocol = security.protocol();
        props.put("listeners", protocol + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", protocol + "://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", protocol + ":" + protocol + ",CONTROLLER:" + protocol);
        props.put("inter.broker.listener.name", protocol);
        props.put("log.dirs", logDir.resolve("data").toString());
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "3");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        props.putAll(security.brokerSettings());
        props.putAll(overrides);
        try {
            Path config = logDir.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                props.store(writer, "embedded KRaft node");
            }
            if (!Files.exists(logDir.resolve("data").resolve("meta.properties"))) {
                format(config);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker directory " + logDir, e);
        }
        server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
        log.info("Embedded Kafka broker ready at {}", bootstrapServers());
    }

    private void format(Path config) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        args.addAll(security.formatArguments());
        // execute, not main: main exits the JVM
        int rc = StorageTool.execute(args.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** An open port is not readiness: ask the cluster itself. */
    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(adminClientSettings())) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("embedded broker not ready after " + timeout, notYet);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
        if (deleteOnClose) {
            deleteRecursively(logDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.toString());
        }
    }
}
