package org.heritagesentinel.console;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.LoginFailure;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.SchemaRegistrar;

/**
 * Creates the per-authority decision topics and the consoles' login-failure topic where they are missing and
 * registers their schemas: what {@code sentinel topics create} does for every topic (the demo and the tests use this).
 */
public final class DecisionTopics {
    private DecisionTopics() {
    }

    public static void prepare(Admin admin, SentinelConfig config, Set<String> authorities) throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Stream.concat(authorities.stream().map(a -> config.topics().decisionsFor(a)),
                    Stream.of(config.topics().loginFailures()))
                .filter(t -> !existing.contains(t))
                .map(t -> new NewTopic(t, config.topicPartitions(), config.replicationFactor())).toList();
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the console's topics: " + e.getCause().getMessage(), e);
            }
        }
        SchemaRegistrar registrar = new SchemaRegistrar(SchemaRegistrar.confluentCompatUrlOf(config.registryUrl()));
        for (String authority : authorities) {
            registrar.register(new SchemaRegistrar.Contract(config.topics().decisionsFor(authority) + "-value",
                AlertDecision.getClassSchema(), TopicCatalogue.AUTHORITY_DECISIONS.compatibility()));
        }
        registrar.register(new SchemaRegistrar.Contract(config.topics().loginFailures() + "-value",
            LoginFailure.getClassSchema(), TopicCatalogue.LOGIN_FAILURES.compatibility()));
    }
}
