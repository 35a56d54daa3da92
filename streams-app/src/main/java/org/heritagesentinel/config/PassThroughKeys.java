package org.heritagesentinel.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.apicurio.registry.serde.kafka.config.KafkaSerdeConfig;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The {@code kafka.*} and {@code registry.*} keys handed to the clients, checked against the clients'
 * own definitions: the Kafka producer, consumer, admin and Streams {@code ConfigDef}s (with the Streams
 * prefixes {@code consumer.}, {@code producer.}, {@code topic.}...), and the Apicurio serde's constants.
 * A misspelt client key would otherwise be ignored by the client with a warning nobody reads.
 */
public final class PassThroughKeys {
    public static final String KAFKA = "kafka.";
    public static final String REGISTRY = "registry.";
    private static final String APICURIO = "apicurio.registry.";

    private static final Set<String> CONSUMER = ConsumerConfig.configNames();
    private static final Set<String> PRODUCER = ProducerConfig.configNames();
    private static final Set<String> ADMIN = AdminClientConfig.configNames();
    private static final Set<String> TOPIC = constants(TopicConfig.class, "");
    private static final Set<String> KAFKA_NAMES = union(CONSUMER, PRODUCER, ADMIN, StreamsConfig.configDef().names());
    private static final Set<String> REGISTRY_NAMES = union(constants(SerdeConfig.class, APICURIO),
        constants(SchemaResolverConfig.class, APICURIO), constants(KafkaSerdeConfig.class, APICURIO),
        constants(AvroSerdeConfig.class, APICURIO));
    private static final List<Prefixed> STREAMS_PREFIXES = List.of(
        new Prefixed(StreamsConfig.MAIN_CONSUMER_PREFIX, CONSUMER), new Prefixed(StreamsConfig.RESTORE_CONSUMER_PREFIX, CONSUMER),
        new Prefixed(StreamsConfig.GLOBAL_CONSUMER_PREFIX, CONSUMER), new Prefixed(StreamsConfig.CONSUMER_PREFIX, CONSUMER),
        new Prefixed(StreamsConfig.PRODUCER_PREFIX, PRODUCER), new Prefixed(StreamsConfig.ADMIN_CLIENT_PREFIX, ADMIN),
        new Prefixed(StreamsConfig.TOPIC_PREFIX, TOPIC));

    private record Prefixed(String prefix, Set<String> names) {
    }

    private PassThroughKeys() {
    }

    /** Whether {@code key} (with its {@code kafka.} or {@code registry.} prefix) is one the clients know. */
    public static boolean known(String key) {
        if (key.startsWith(KAFKA)) {
            String name = key.substring(KAFKA.length());
            return KAFKA_NAMES.contains(name) || name.startsWith(StreamsConfig.CLIENT_TAG_PREFIX)
                || STREAMS_PREFIXES.stream().anyMatch(p -> name.startsWith(p.prefix())
                    && p.names().contains(name.substring(p.prefix().length())));
        }
        return key.startsWith(REGISTRY) && REGISTRY_NAMES.contains(key.substring(REGISTRY.length()));
    }

    public static boolean isPassThrough(String key) {
        return key.startsWith(KAFKA) || key.startsWith(REGISTRY);
    }

    /**
     * Every client key with its {@code kafka.} / {@code registry.} prefix, Streams-prefixed ones included:
     * the names {@code SENTINEL_KAFKA_*} variables map to, and the candidates for "did you mean".
     */
    public static Set<String> all() {
        Set<String> all = new TreeSet<>();
        KAFKA_NAMES.forEach(n -> all.add(KAFKA + n));
        STREAMS_PREFIXES.forEach(p -> p.names().forEach(n -> all.add(KAFKA + p.prefix() + n)));
        REGISTRY_NAMES.forEach(n -> all.add(REGISTRY + n));
        return all;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    /** The values of a class's public string constants that start with {@code prefix}, without it (not its docs). */
    private static Set<String> constants(Class<?> type, String prefix) {
        Set<String> names = new TreeSet<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value != null && value.startsWith(prefix) && value.length() > prefix.length()
                        && value.chars().noneMatch(Character::isWhitespace)) {
                        names.add(value.substring(prefix.length()));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + field.getName(), e);
                }
            }
        }
        return names;
    }
}
