package org.heritagesentinel.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Value serdes that refuse to decode a value larger than the limit: what the application derives
 * from a record (its state in changelogs, the screening record, the alert) is larger than the
 * record, so an input near the producer's {@code max.request.size} would make outputs the producer
 * refuses. Refused here, the record is dead-lettered by the deserialization handler, once.
 */
public final class SizeLimitedSerdes implements AvroSerdeFactory {
    private final AvroSerdeFactory serdes;
    private final int maxBytes;

    public SizeLimitedSerdes(AvroSerdeFactory serdes, int maxBytes) {
        this.serdes = serdes;
        this.maxBytes = maxBytes;
    }

    @Override
    public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
        Serde<T> serde = serdes.value(type);
        return Serdes.serdeFrom(serde.serializer(), new Limited<>(serde.deserializer(), maxBytes));
    }

    private record Limited<T>(Deserializer<T> deserializer, int maxBytes) implements Deserializer<T> {
        @Override
        public T deserialize(String topic, byte[] data) {
            check(data);
            return deserializer.deserialize(topic, data);
        }

        @Override
        public T deserialize(String topic, Headers headers, byte[] data) {
            check(data);
            return deserializer.deserialize(topic, headers, data);
        }

        private void check(byte[] data) {
            if (data != null && data.length > maxBytes) {
                throw new RecordTooLargeException("value of " + data.length + " bytes, at most " + maxBytes
                    + " (limits.record-bytes): not decoded");
            }
        }

        @Override
        public void close() {
            deserializer.close();
        }
    }
}
