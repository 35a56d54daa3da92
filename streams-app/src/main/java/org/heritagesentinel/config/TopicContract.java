package org.heritagesentinel.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the application and its tools need to know about one shared topic: where its name is
 * configured, how its records are keyed and encoded, which schema compatibility its contract keeps,
 * and how {@code sentinel topics create} makes it. {@link TopicCatalogue} lists them all. The key and value
 * types are what the serdes of every reader and writer follow ({@code serde.ContractSerdes}), so a source,
 * a sink or a CLI reader names the contract, never a serde.
 *
 * @param nameKey        the configuration key of its name (or of its name pattern, per authority)
 * @param configuredName its name, or name pattern, in the loaded configuration
 * @param perAuthority   one topic per authority of the region: the name is a pattern with {@code %s}
 * @param keyType        the key's Java type: {@code String} (UTF-8), or {@code byte[]} when keys are kept as they came
 * @param keyFormat      what the key is (docs/data-contracts.md)
 * @param valueType      the generated Avro type of the values; {@code byte[]} when they are kept as they came
 * @param valueMeaning   what a value (and a tombstone) means
 * @param compatibility  the registry compatibility of its value schema
 * @param cleanup        delete by age, or compact to the latest value per key
 * @param retention      how long records are kept ({@link #FOREVER}: never deleted by age)
 * @param partitions     how many partitions {@code topics create} gives it
 * @param access         what the application does with it, and whether others produce to it
 */
public record TopicContract<K, V>(
    ConfigKey nameKey,
    Function<Topics, String> configuredName,
    boolean perAuthority,
    Class<K> keyType,
    String keyFormat,
    Class<V> valueType,
    String valueMeaning,
    Compatibility compatibility,
    Cleanup cleanup,
    Duration retention,
    Partitions partitions,
    Set<Access> access) {

    public static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

    /** Registry compatibility levels (schemas/README and docs/data-contracts.md say why each). */
    public enum Compatibility {
        BACKWARD_TRANSITIVE,
        FULL_TRANSITIVE,
        /** Not registered: the values are someone else's bytes (dead letters). */
        NONE
    }

    public enum Cleanup { DELETE, COMPACT }

    public enum Partitions {
        /** {@code topics.partitions}: the inputs of one sub-topology must be co-partitioned. */
        CONFIGURED,
        /** One: a global table read whole by every instance. */
        ONE
    }

    public enum Access {
        /** The application consumes it. */
        APPLICATION_READS,
        /** The application produces to it. */
        APPLICATION_WRITES,
        /** Systems outside the application produce to it: an input that dead letters are replayed to. */
        EXTERNAL_PRODUCERS,
        /** Only the analyst consoles read and write it; the application never touches it. */
        CONSOLES
    }

    /** Its name for one authority of the region (per-authority topics), or its name. */
    public String name(Topics topics, String authority) {
        String name = configuredName.apply(topics);
        return perAuthority ? String.format(Locale.ROOT, name, authority.toLowerCase(Locale.ROOT)) : name;
    }

    /** Its name; only for a topic that is not per authority. */
    public String name(Topics topics) {
        if (perAuthority) {
            throw new IllegalStateException(nameKey.key() + " names one topic per authority");
        }
        return configuredName.apply(topics);
    }

    public boolean has(Access what) {
        return access.contains(what);
    }

    /** Whether its value schema is registered (under {@code <topic>-value}). */
    public boolean registered() {
        return compatibility != Compatibility.NONE;
    }
}
