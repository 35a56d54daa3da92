package org.heritagesentinel.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A value serde that refuses, at decoding time, valid Avro of another registered type (a watchlist entry on
 * the declarations topic): the specific reader builds whatever class the writer schema names, and the
 * {@code ClassCastException} that follows in a processor is fatal to its stream thread in Kafka Streams
 * 4.3 (a poison pill replayed forever), whereas a deserialization error is dead-lettered.
 */
public final class TypeCheckedSerde {
    private TypeCheckedSerde() {
    }

    public static <T extends SpecificRecord> Serde<T> of(Class<T> type, Serde<T> serde) {
        Deserializer<T> inner = serde.deserializer();
        Deserializer<T> checked = new Deserializer<>() {
            @Override
            public T deserialize(String topic, byte[] data) {
                return check(inner.deserialize(topic, data));
            }

            @Override
            public T deserialize(String topic, Headers headers, byte[] data) {
                return check(inner.deserialize(topic, headers, data));
            }

            @Override
            public void close() {
                inner.close();
            }

            private T check(Object value) {
                if (value != null && !type.isInstance(value)) {
                    throw new SerializationException("expected " + type.getSimpleName() + " but the writer schema is "
                        + (value instanceof SpecificRecord r ? r.getSchema().getFullName() : value.getClass().getName()));
                }
                return type.cast(value);
            }
        };
        return Serdes.serdeFrom(serde.serializer(), checked);
    }
}
