package org.heritagesentinel.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.heritagesentinel.config.TopicContract;

/**
 * The key and value serdes of a catalogued topic, following its contract's types: UTF-8 strings or bytes as
 * they came for keys; bytes as they came, or the generated Avro type through {@code values} (the registry in
 * production, plain Avro in specifications) for values. The topology's sources and sinks and the CLI's
 * readers and writers name the contract and get these, so no call site picks a serde that could disagree
 * with the catalogue.
 */
public final class ContractSerdes {
    private final AvroSerdeFactory values;

    public ContractSerdes(AvroSerdeFactory values) {
        this.values = values;
    }

    // the casts are checked: the contract's Class<K> is compared with the serde's type just before
    @SuppressWarnings("unchecked")
    public <K> Serde<K> key(TopicContract<K, ?> topic) {
        if (topic.keyType() == String.class) {
            return (Serde<K>) Serdes.String();
        }
        if (topic.keyType() == byte[].class) {
            return (Serde<K>) Serdes.ByteArray();
        }
        throw new IllegalArgumentException(topic.nameKey().key() + ": no serde for keys of type " + topic.keyType().getName());
    }

    // as above: byte[] is checked, and an Avro type's serde is made for exactly the contract's class
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <V> Serde<V> value(TopicContract<?, V> topic) {
        if (topic.valueType() == byte[].class) {
            return (Serde<V>) Serdes.ByteArray();
        }
        if (SpecificRecord.class.isAssignableFrom(topic.valueType())) {
            return (Serde<V>) values.value((Class) topic.valueType().asSubclass(SpecificRecord.class));
        }
        throw new IllegalArgumentException(topic.nameKey().key() + ": no serde for values of type "
            + topic.valueType().getName());
    }
}
