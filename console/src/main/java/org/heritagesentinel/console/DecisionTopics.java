package org.heritagesentinel.console;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.SchemaRegistrar;

/**
 * Creates the per-authority decision topics where they are missing and registers their schema: what
 * {@code sentinel topics create} does for the other topics (the demo and the tests use this).
 */
public final class DecisionTopics {
    private DecisionTopics() {
    }

    public static void prepare(Admin admin, SentinelConfig config, Set<String> authorities) throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = authorities.stream().map(a -> config.topics().decisionsFor(a))
                .filter(t -> !existing.contains(t))
                .map(t -> new NewTopic(t, config.topicPartitions(), config.replicationFactor())).toList();
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the decision topics: " + e.getCause().getMessage(), e);
            }
        }
        SchemaRegistrar registrar = new SchemaRegistrar(SchemaRegistrar.confluentCompatUrlOf(config.registryUrl()));
        for (String authority : authorities) {
            registrar.register(new SchemaRegistrar.Contract(config.topics().decisionsFor(authority) + "-value",
                AlertDecision.getClassSchema(), TopicCatalogue.AUTHORITY_DECISIONS.compatibility()));
        }
    }
}
