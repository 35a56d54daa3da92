package org.heritagesentinel.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.apicurio.registry.serde.avro.AvroDatumProvider;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * The Apicurio serde's readers and writers, kept per schema. Apicurio's default provider keeps them by
 * the schema's parsing fingerprint, which it computes again for every record (canonical form, then a
 * hash): that was half of the global thread's time restoring the watchlist, and a tenth of a stream
 * thread's. Here the schema object is the key: the serde resolves a schema once and hands the same
 * object back, and {@link Schema#hashCode()} is computed once per schema, so a look-up is a hash probe
 * and an identity check. Readers and writers are made by the default provider, as before.
 */
public final class CachingAvroDatumProvider<T> implements AvroDatumProvider<T> {
    private record WriterKey(Schema schema, boolean specific) {
    }

    private final DefaultAvroDatumProvider<T> maker = new DefaultAvroDatumProvider<>();
    private final Map<Schema, DatumReader<T>> readers = new ConcurrentHashMap<>();
    private final Map<WriterKey, DatumWriter<T>> writers = new ConcurrentHashMap<>();

    @Override
    public void configure(AvroSerdeConfig config) {
        maker.configure(config);
    }

    @Override
    public DatumWriter<T> createDatumWriter(T data, Schema schema) {
        return writers.computeIfAbsent(new WriterKey(schema, data instanceof SpecificRecord),
            key -> maker.createDatumWriter(data, schema));
    }

    @Override
    public DatumReader<T> createDatumReader(Schema schema) {
        return readers.computeIfAbsent(schema, maker::createDatumReader);
    }

    @Override
    public Schema toSchema(T data) {
        return maker.toSchema(data);
    }
}
