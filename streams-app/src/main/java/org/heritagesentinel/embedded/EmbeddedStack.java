package org.heritagesentinel.embedded;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.heritagesentinel.app.TopicProvisioner;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SchemaRegistrar;

/**
 * A complete local stack for the demo and the end-to-end tests: a real KRaft broker, a real
 * Apicurio Registry, the topics created and the schemas registered — the same steps as production.
 */
public final class EmbeddedStack implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final EmbeddedRegistry registry;

    private EmbeddedStack(EmbeddedKafka kafka, EmbeddedRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /** Starts broker and registry in parallel (the registry JVM is the slower one). */
    public static EmbeddedStack start() {
        java.util.concurrent.CompletableFuture<EmbeddedRegistry> registry =
            java.util.concurrent.CompletableFuture.supplyAsync(EmbeddedRegistry::start);
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.start();
        } catch (RuntimeException e) {
            registry.thenAccept(EmbeddedRegistry::close);
            throw e;
        }
        EmbeddedStack stack = new EmbeddedStack(kafka, registry.join());
        stack.prepare(stack.config(Map.of()));
        return stack;
    }

    /** Creates the topics of {@code config} and registers their schemas: the production set-up steps. */
    public void prepare(SentinelConfig config) {
        try (Admin admin = admin()) {
            TopicProvisioner.ensure(admin, config);
        }
        new SchemaRegistrar(registry.confluentCompatUrl()).registerAll(config.topics(), config.regionAuthorities());
    }

    /** Configuration pointing at this stack; {@code overrides} are applied on top. */
    public SentinelConfig config(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        values.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        values.put("registry.url", registry.apiUrl());
        values.put("topics.partitions", "3");
        values.put("topics.replication-factor", "1");
        values.put("http.port", "0");
        values.putAll(overrides);
        return ConfigLoader.withOverrides(values);
    }

    public Admin admin() {
        return Admin.create(kafka.adminClientSettings());
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            kafka.close();
        }
    }
}
