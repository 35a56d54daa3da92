package org.heritagesentinel.embedded;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.heritagesentinel.app.ClusterSetup;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;

/**
 * A complete local stack for the end-to-end tests: a real KRaft broker, a real Apicurio Registry
 * ({@link EmbeddedCluster}), the topics created and the schemas registered — the same steps as production.
 */
public final class EmbeddedStack implements AutoCloseable {
    private final EmbeddedCluster cluster;

    private EmbeddedStack(EmbeddedCluster cluster) {
        this.cluster = cluster;
    }

    /** Starts broker and registry and prepares them for the default configuration. */
    public static EmbeddedStack start() {
        EmbeddedStack stack = new EmbeddedStack(EmbeddedCluster.start());
        stack.prepare(stack.config(Map.of()));
        return stack;
    }

    /** Creates the topics of {@code config} and registers their schemas: the production set-up steps. */
    public void prepare(SentinelConfig config) {
        ClusterSetup.prepare(kafka().adminClientSettings(), registry().confluentCompatUrl(), config);
    }

    /** Configuration pointing at this stack; {@code overrides} are applied on top. */
    public SentinelConfig config(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        values.put("kafka.bootstrap.servers", kafka().bootstrapServers());
        values.put("registry.url", registry().apiUrl());
        values.put("topics.partitions", "3");
        values.put("topics.replication-factor", "1");
        values.put("http.port", "0");
        values.putAll(overrides);
        return ConfigLoader.withOverrides(values);
    }

    public Admin admin() {
        return cluster.admin();
    }

    public EmbeddedKafka kafka() {
        return cluster.kafka();
    }

    public EmbeddedRegistry registry() {
        return cluster.registry();
    }

    @Override
    public void close() {
        cluster.close();
    }
}
