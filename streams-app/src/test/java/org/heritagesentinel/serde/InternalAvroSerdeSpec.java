package org.heritagesentinel.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.heritagesentinel.avro.PendingRetroChange;
import org.heritagesentinel.avro.RetroProgress;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/**
 * State-store values carry no schema: a value written before a field was appended (with its default) is
 * still read after the upgrade, and an older version reads a newer value, ignoring what it does not know.
 * The case at hand is {@code PendingRetroChange} before and after its {@code progress} field.
 */
class InternalAvroSerdeSpec {
    private static final Instant CHANGED = Instant.parse("2026-12-07T06:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-12-07T06:00:01Z");

    /** PendingRetroChange as the versions before the retro budget wrote it. */
    private static final Schema BEFORE_PROGRESS = Schema.createRecord("PendingRetroChange", null, "org.heritagesentinel.avro",
        false, List.of(
            new Schema.Field("entry", WatchlistEntry.getClassSchema()),
            new Schema.Field("importBatch", Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
                null, JsonProperties.NULL_VALUE),
            new Schema.Field("changedAt", LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG))),
            new Schema.Field("receivedAt", LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)))));

    private final InternalAvroSerde<PendingRetroChange> serde = new InternalAvroSerde<>(PendingRetroChange.class);
    private final WatchlistEntry entry = WatchlistEntries.listedParty("PTY-9", "Karim Haddad", null);

    @Test
    void aValueWrittenBeforeAFieldWasAppendedIsReadWithTheFieldsDefault() throws IOException {
        // the encoding before the field is the encoding with it, less the field's last byte: union branch 0, null
        byte[] withNullProgress = serde.serializer().serialize("changelog",
            new PendingRetroChange(entry, "batch-1", CHANGED, RECEIVED, null));
        assertThat(withNullProgress[withNullProgress.length - 1]).isZero();
        byte[] writtenBefore = Arrays.copyOf(withNullProgress, withNullProgress.length - 1);
        GenericRecord asTheOlderVersionReadsIt = new GenericDatumReader<GenericRecord>(BEFORE_PROGRESS)
            .read(null, DecoderFactory.get().binaryDecoder(writtenBefore, null));
        assertThat(asTheOlderVersionReadsIt.get("importBatch").toString()).isEqualTo("batch-1");

        PendingRetroChange read = serde.deserializer().deserialize("changelog", writtenBefore);

        assertThat(read.getEntry()).isEqualTo(entry);
        assertThat(read.getImportBatch()).isEqualTo("batch-1");
        assertThat(read.getChangedAt()).isEqualTo(CHANGED);
        assertThat(read.getReceivedAt()).isEqualTo(RECEIVED);
        assertThat(read.getProgress()).isNull();
    }

    @Test
    void aValueWithTheAppendedFieldRoundTripsAndAnOlderVersionReadsWhatItKnows() throws IOException {
        RetroProgress progress = RetroProgress.newBuilder().setResumeAfter("JO:ASY:D-7").setLooked(7).setAlerted(2)
            .setPasses(3).setLeft(40).build();
        PendingRetroChange change = new PendingRetroChange(entry, null, CHANGED, RECEIVED, progress);

        byte[] bytes = serde.serializer().serialize("changelog", change);
        GenericRecord readByOlderVersion = new GenericDatumReader<GenericRecord>(BEFORE_PROGRESS)
            .read(null, DecoderFactory.get().binaryDecoder(bytes, null));

        assertThat(serde.deserializer().deserialize("changelog", bytes)).isEqualTo(change);
        assertThat(readByOlderVersion.get("receivedAt")).isEqualTo(RECEIVED.toEpochMilli());
        assertThat(readByOlderVersion.get("entry").toString()).contains("Karim Haddad");
    }
}
