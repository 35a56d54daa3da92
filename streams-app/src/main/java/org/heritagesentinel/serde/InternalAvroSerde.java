package org.heritagesentinel.serde;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
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
 *
 * <p>The bytes carry no schema, so the one evolution they support is a field with a default appended at
 * the end of the record: a value written before it ends where the new field would start, and is read
 * again as written by the record without its trailing defaulted fields (the new fields take their
 * defaults). An older version reading a newer value stops before the appended fields and ignores them.
 */
public final class InternalAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final SpecificDatumWriter<T> writer;
    private final SpecificDatumReader<T> reader;
    private final List<SpecificDatumReader<T>> earlierShapes;

    public InternalAvroSerde(Class<T> type) {
        Schema schema = SpecificData.get().getSchema(type);
        this.writer = new SpecificDatumWriter<>(schema);
        this.reader = new SpecificDatumReader<>(schema);
        this.earlierShapes = earlierShapes(schema);
    }

    /** Readers of the values written before each trailing defaulted field was appended, latest first. */
    private static <T> List<SpecificDatumReader<T>> earlierShapes(Schema schema) {
        List<SpecificDatumReader<T>> shapes = new ArrayList<>();
        List<Schema.Field> fields = schema.getFields();
        for (int kept = fields.size() - 1; kept >= 0 && fields.get(kept).hasDefaultValue(); kept--) {
            List<Schema.Field> prefix = fields.subList(0, kept).stream().map(f -> new Schema.Field(f, f.schema())).toList();
            Schema written = Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), schema.isError(), prefix);
            shapes.add(new SpecificDatumReader<>(written, schema));
        }
        return shapes;
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
        try {
            return read(reader, bytes);
        } catch (EOFException endedEarly) {
            for (SpecificDatumReader<T> earlier : earlierShapes) {
                try {
                    return read(earlier, bytes);
                } catch (EOFException stillShort) {
                    // written before an even earlier field was appended
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            throw new UncheckedIOException(endedEarly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(SpecificDatumReader<T> reader, byte[] bytes) throws IOException {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
        synchronized (reader) {
            return reader.read(null, decoder);
        }
    }
}
