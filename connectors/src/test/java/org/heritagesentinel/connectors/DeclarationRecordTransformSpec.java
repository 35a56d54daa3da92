package org.heritagesentinel.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class DeclarationRecordTransformSpec {

    private static final Schema ROW = SchemaBuilder.struct()
            .field("outbox_id", Schema.INT64_SCHEMA)
            .field("authority", Schema.STRING_SCHEMA)
            .field("source_system", Schema.STRING_SCHEMA)
            .field("declaration_id", Schema.STRING_SCHEMA)
            .field("version", Schema.INT32_SCHEMA)
            .field("change", Schema.STRING_SCHEMA)
            .field("document", Schema.OPTIONAL_STRING_SCHEMA)
            .optional().build();
    private static final Schema SOURCE = SchemaBuilder.struct().field("table", Schema.STRING_SCHEMA).build();
    private static final Schema ENVELOPE = SchemaBuilder.struct()
            .field("before", ROW).field("after", ROW).field("source", SOURCE).field("op", Schema.STRING_SCHEMA).build();

    private static final String OLD = "{\"declarationId\":\"D-1\",\"authority\":\"JO\",\"sourceSystem\":\"ASYCUDA\",\"version\":0,"
            + "\"acceptedAt\":\"2019-01-01T00:00:00Z\",\"route\":{},\"transport\":{}}";
    private static final String RECENT = OLD.replace("2019", "2025");

    @Test
    void shouldReplaySnapshotRecordsAndScreenStreamedOnesByDefault() {
        DeclarationRecordTransform<SourceRecord> transform = transform(Map.of());

        SourceRecord snapshot = transform.apply(change("r", "DECLARATION", RECENT));
        SourceRecord streamed = transform.apply(change("c", "DECLARATION", OLD));

        assertThat(header(snapshot, SentinelHeaders.REPLAY)).isEqualTo("true");
        assertThat(header(streamed, SentinelHeaders.REPLAY)).isEqualTo("false");
        assertThat(streamed.key()).isEqualTo("JO:ASYCUDA:D-1");
        assertThat(streamed.topic()).isEqualTo("customs.declarations.v1");
        assertThat(streamed.timestamp()).isEqualTo(1546300800000L);
    }

    @Test
    void shouldReplayByAcceptanceTimeWhenACutOffIsSet() {
        DeclarationRecordTransform<SourceRecord> transform = transform(Map.of("screen.live.from", "2024-01-01T00:00:00Z"));

        assertThat(header(transform.apply(change("r", "DECLARATION", RECENT)), SentinelHeaders.REPLAY)).isEqualTo("false");
        assertThat(header(transform.apply(change("c", "DECLARATION", OLD)), SentinelHeaders.REPLAY)).isEqualTo("true");
    }

    @Test
    void shouldTurnAWithdrawalIntoATombstoneWithItsVersion() {
        SourceRecord withdrawal = transform(Map.of()).apply(change("c", "WITHDRAWN", null));

        assertThat(withdrawal.value()).isNull();
        assertThat(withdrawal.key()).isEqualTo("JO:ASYCUDA:D-1");
        assertThat(header(withdrawal, SentinelHeaders.CHANGE)).isEqualTo("WITHDRAWN");
        assertThat(header(withdrawal, SentinelHeaders.VERSION)).isEqualTo("4");
    }

    @Test
    void shouldDropPurgesHeartbeatsAndOtherTables() {
        DeclarationRecordTransform<SourceRecord> transform = transform(Map.of());

        assertThat(transform.apply(change("d", "DECLARATION", OLD))).isNull();
        Struct heartbeat = new Struct(SchemaBuilder.struct().field("ts_ms", Schema.INT64_SCHEMA).build()).put("ts_ms", 1L);
        assertThat(transform.apply(new SourceRecord(Map.of(), Map.of(), "__debezium-heartbeat", null, heartbeat.schema(), heartbeat))).isNull();
    }

    @Test
    void shouldDeadLetterADocumentThatCannotBeRead() {
        SourceRecord dead = transform(Map.of()).apply(change("c", "DECLARATION", "{\"authority\":\"JO\"}"));

        assertThat(dead.topic()).isEqualTo("sentinel.dead-letter.v1");
        assertThat(dead.key()).isEqualTo("JO:ASYCUDA:D-1");
        assertThat(header(dead, DeclarationRecordTransform.ERROR_TOPIC_HEADER)).isEqualTo("declaration-db.sentinel.declaration_outbox");
        assertThat(header(dead, DeclarationRecordTransform.ERROR_MESSAGE_HEADER)).contains("sourceSystem");
        assertThat(dead.value()).isInstanceOf(byte[].class);
    }

    @Test
    void shouldAcceptPlainDocumentsFromFileExports() {
        SourceRecord record = transform(Map.of()).apply(new SourceRecord(Map.of(), Map.of(), "files", null,
                Schema.STRING_SCHEMA, RECENT));

        assertThat(record.key()).isEqualTo("JO:ASYCUDA:D-1");
        assertThat(header(record, SentinelHeaders.REPLAY)).isEqualTo("false");
    }

    private static DeclarationRecordTransform<SourceRecord> transform(Map<String, String> config) {
        DeclarationRecordTransform<SourceRecord> transform = new DeclarationRecordTransform<>();
        transform.configure(config);
        return transform;
    }

    private static SourceRecord change(String op, String change, String document) {
        Struct row = new Struct(ROW).put("outbox_id", 9L).put("authority", "JO").put("source_system", "ASYCUDA")
                .put("declaration_id", "D-1").put("version", 4).put("change", change).put("document", document);
        Struct envelope = new Struct(ENVELOPE).put("after", row).put("op", op)
                .put("source", new Struct(SOURCE).put("table", "declaration_outbox"));
        return new SourceRecord(Map.of(), Map.of(), "declaration-db.sentinel.declaration_outbox", null, ENVELOPE, envelope);
    }

    private static String header(SourceRecord record, String name) {
        return String.valueOf(record.headers().lastWithName(name).value());
    }
}
