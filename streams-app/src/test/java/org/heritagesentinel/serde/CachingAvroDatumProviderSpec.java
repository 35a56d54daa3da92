package org.heritagesentinel.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/** The registry serde's readers and writers are made once per schema, and read and write as before. */
class CachingAvroDatumProviderSpec {
    private final CachingAvroDatumProvider<Object> provider = new CachingAvroDatumProvider<>();

    CachingAvroDatumProviderSpec() {
        provider.configure(new AvroSerdeConfig(Map.of(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true)));
    }

    @Test
    void shouldHandBackTheSameReaderAndWriterForTheSameSchema() {
        WatchlistEntry entry = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null);
        Schema schema = WatchlistEntry.getClassSchema();

        assertThat(provider.createDatumReader(schema)).isSameAs(provider.createDatumReader(schema))
            .isInstanceOf(SpecificDatumReader.class);
        assertThat(provider.createDatumWriter(entry, schema)).isSameAs(provider.createDatumWriter(entry, schema));
        assertThat(provider.createDatumReader(Alert.getClassSchema())).isNotSameAs(provider.createDatumReader(schema));
    }

    @Test
    void shouldReadWhatItWrites() throws IOException {
        WatchlistEntry entry = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", "TIN-1");
        Schema schema = provider.toSchema(entry);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        provider.createDatumWriter(entry, schema).write(entry, encoder);
        encoder.flush();
        DatumReader<Object> reader = provider.createDatumReader(schema);

        assertThat(reader.read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null))).isEqualTo(entry);
    }
}
