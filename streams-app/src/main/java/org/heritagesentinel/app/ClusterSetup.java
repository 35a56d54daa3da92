package org.heritagesentinel.app;

import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SchemaRegistrar;

/**
 * The set-up steps of a new cluster, as {@code topics create} and {@code schemas register} take them: the
 * topics of {@code config} created, their schemas registered. The demo, the benchmark and the end-to-end
 * tests take them on their own broker and registry, so that those look like production.
 */
public final class ClusterSetup {
    private ClusterSetup() {
    }

    /**
     * @param adminSettings     an administrator's client settings of the cluster
     * @param registryCompatUrl the registry's Confluent-compatible API, where the schemas are registered
     */
    public static void prepare(Properties adminSettings, String registryCompatUrl, SentinelConfig config) {
        try (Admin admin = Admin.create(adminSettings)) {
            TopicProvisioner.ensure(admin, config);
        }
        new SchemaRegistrar(registryCompatUrl).registerAll(config.topics(), config.regionAuthorities());
    }
}
