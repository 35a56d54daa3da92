package org.heritagesentinel.embedded;

import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.admin.Admin;

/**
 * A real KRaft broker and a real Apicurio Registry on this machine, for the dev tools and the end-to-end
 * tests; never part of the production application, which is pointed at a cluster it does not run.
 */
public final class EmbeddedCluster implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final EmbeddedRegistry registry;

    private EmbeddedCluster(EmbeddedKafka kafka, EmbeddedRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /** Starts broker and registry in parallel (the registry JVM is the slower one). */
    public static EmbeddedCluster start() {
        CompletableFuture<EmbeddedRegistry> registry = CompletableFuture.supplyAsync(EmbeddedRegistry::start);
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.start();
        } catch (RuntimeException e) {
            registry.thenAccept(EmbeddedRegistry::close);
            throw e;
        }
        return new EmbeddedCluster(kafka, registry.join());
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
