package org.heritagesentinel.testkit;

import static org.awaitility.Awaitility.await;

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
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.heritagesentinel.embedded.FreePorts;

/**
 * A real KRaft cluster of several combined broker + controller nodes in this JVM, with the
 * durability settings of production (replication factor 3, min.insync.replicas 2), whose nodes a
 * test can stop and start again on their own log directories.
 */
public final class KraftCluster implements AutoCloseable {
    private final List<Node> nodes = new ArrayList<>();
    private final KafkaRaftServer[] servers;

    private record Node(int id, int brokerPort, int controllerPort, Path dir) {
    }

    private KraftCluster(int size) throws IOException {
        for (int id = 1; id <= size; id++) {
            nodes.add(new Node(id, FreePorts.next(), FreePorts.next(), Files.createTempDirectory("sentinel-kraft-" + id + "-")));
        }
        servers = new KafkaRaftServer[size];
    }

    /** Formats and starts every node; they start together, as a quorum needs a majority to elect a leader. */
    public static KraftCluster start(int size) {
        try {
            KraftCluster cluster = new KraftCluster(size);
            String clusterId = Uuid.randomUuid().toString();
            for (Node node : cluster.nodes) {
                format(cluster.writeConfig(node), clusterId);
            }
            CompletableFuture.allOf(cluster.nodes.stream()
                .map(node -> CompletableFuture.runAsync(() -> cluster.startNode(node.id())))
                .toArray(CompletableFuture[]::new)).join();
            cluster.awaitBrokers(size);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.brokerPort()).collect(Collectors.joining(","));
    }

    /** A controlled shutdown of one node: its partitions' leadership moves to the others. */
    public void stop(int nodeId) {
        KafkaRaftServer server = servers[nodeId - 1];
        server.shutdown();
        server.awaitShutdown();
        servers[nodeId - 1] = null;
    }

    /** Starts a stopped node again on its log directory; returns once the cluster sees every broker. */
    public void restart(int nodeId) {
        startNode(nodeId);
        awaitBrokers(nodes.size());
    }

    private void startNode(int nodeId) {
        Node node = nodes.get(nodeId - 1);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties(node), false), Time.SYSTEM);
        server.startup();
        servers[nodeId - 1] = server;
    }

    private Properties properties(Node node) {
        String voters = nodes.stream().map(n -> n.id() + "@127.0.0.1:" + n.controllerPort()).collect(Collectors.joining(","));
        String replication = String.valueOf(Math.min(3, nodes.size()));
        String minIsr = String.valueOf(Math.max(1, Math.min(3, nodes.size()) - 1));
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(node.id()));
        props.put("controller.quorum.voters", voters);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + node.brokerPort() + ",CONTROLLER://127.0.0.1:" + node.controllerPort());
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + node.brokerPort());
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", node.dir().resolve("data").toString());
        props.put("num.partitions", "3");
        props.put("default.replication.factor", replication);
        props.put("min.insync.replicas", minIsr);
        props.put("offsets.topic.replication.factor", replication);
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", replication);
        props.put("transaction.state.log.min.isr", minIsr);
        props.put("transaction.state.log.num.partitions", "3");
        props.put("share.coordinator.state.topic.replication.factor", replication);
        props.put("share.coordinator.state.topic.min.isr", minIsr);
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        return props;
    }

    private Path writeConfig(Node node) throws IOException {
        Path config = node.dir().resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            properties(node).store(writer, "KRaft node " + node.id());
        }
        return config;
    }

    private static void format(Path config, String clusterId) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString()},
            new PrintStream(output, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitBrokers(int expected) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            await("every broker registered").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == expected);
        }
    }

    /**
     * Stops every node at once: one after the other, the last nodes would wait minutes for a
     * controller quorum that left with the first ones before finishing their controlled shutdown.
     */
    @Override
    public void close() {
        CompletableFuture.allOf(IntStream.rangeClosed(1, servers.length)
            .filter(id -> servers[id - 1] != null)
            .mapToObj(id -> CompletableFuture.runAsync(() -> stop(id)))
            .toArray(CompletableFuture[]::new)).join();
    }
}
