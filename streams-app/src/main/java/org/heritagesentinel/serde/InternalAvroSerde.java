package org.heritagesentinel.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Plain Avro binary for state stores and their changelogs: internal data that no other
 * application reads, so it needs no registry round trip on the hot path.
 */
public final class InternalAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final SpecificDatumWriter<T> writer;
    private final SpecificDatumReader<T> reader;

    public InternalAvroSerde(Class<T> type) {
        org.apache.avro.Schema schema = SpecificData.get().getSchema(type);
        this.writer = new SpecificDatumWriter<>(schema);
        this.reader = new SpecificDatumReader<>(schema);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    private byte[] write(T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            synchronized (writer) {
                writer.write(value, encoder);
            }
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private T read(byte[] bytes) {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
        try {
            synchronized (reader) {
                return reader.read(null, decoder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
