package org.heritagesentinel.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Turns one change event into one record of customs.declarations.v1.
 *
 * <p>Input: a Debezium change event of the outbox table {@code sentinel.declaration_outbox}
 * (envelope with {@code op}/{@code after}/{@code source}), or a plain JSON declaration
 * document (file exports). Output: key {@code <authority>:<sourceSystem>:<declarationId>}
 * (STRING), value = the declaration document (STRING; {@link CustomsDeclarationConverter}
 * turns it into Avro) or {@code null} for a withdrawal, timestamp = acceptance time, and the
 * {@link SentinelHeaders}. Everything else is dropped: outbox deletes (purges), heartbeats,
 * other tables. A document that cannot be read goes to the dead-letter topic with the reason.
 */
public class DeclarationRecordTransform<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String TOPIC = "topic";
    public static final String SCREEN_LIVE_FROM = "screen.live.from";
    public static final String OUTBOX_TABLE = "outbox.table";
    public static final String DEAD_LETTER_TOPIC = "dead.letter.topic";
    /** Dead-letter headers: the names Kafka Streams' dead-letter queue uses (docs/data-contracts.md). */
    public static final String ERROR_EXCEPTION_HEADER = "__streams.errors.exception";
    public static final String ERROR_MESSAGE_HEADER = "__streams.errors.message";
    public static final String ERROR_TOPIC_HEADER = "__streams.errors.topic";
    /** Where a record came from: {@code <outbox table>#<outbox_id>} for the database path. */
    public static final String SOURCE_HEADER = "sentinel-source";

    private static final String SNAPSHOT = "snapshot";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(TOPIC, ConfigDef.Type.STRING, "customs.declarations.v1", ConfigDef.Importance.HIGH,
                    "Topic of the declarations.")
            .define(SCREEN_LIVE_FROM, ConfigDef.Type.STRING, SNAPSHOT, ConfigDef.Importance.HIGH,
                    "Which records are screened live. An ISO-8601 instant (e.g. 2025-01-01T00:00:00Z): "
                            + "declarations accepted before it carry sentinel-replay=true (retro state only, "
                            + "no live alert), whether they come from the snapshot or not. '" + SNAPSHOT
                            + "' (default): every record of a snapshot (Debezium op=r) is replay, every "
                            + "streamed change is live.")
            .define(OUTBOX_TABLE, ConfigDef.Type.STRING, "declaration_outbox", ConfigDef.Importance.LOW,
                    "Name of the outbox table; change events of any other table are dropped.")
            .define(DEAD_LETTER_TOPIC, ConfigDef.Type.STRING, "sentinel.dead-letter.v1", ConfigDef.Importance.MEDIUM,
                    "Topic for documents that cannot be read (raw bytes + __streams.errors.* headers). "
                            + "Empty: fail the task instead.");

    private String topic;
    private Instant screenLiveFrom;
    private String outboxTable;
    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        AbstractConfig config = new AbstractConfig(CONFIG_DEF, configs);
        topic = config.getString(TOPIC);
        outboxTable = config.getString(OUTBOX_TABLE);
        deadLetterTopic = config.getString(DEAD_LETTER_TOPIC).strip();
        String liveFrom = config.getString(SCREEN_LIVE_FROM).strip();
        if (liveFrom.equalsIgnoreCase(SNAPSHOT)) {
            screenLiveFrom = null;
        } else {
            try {
                screenLiveFrom = Instant.parse(liveFrom);
            } catch (DateTimeParseException e) {
                throw new ConfigException(SCREEN_LIVE_FROM, liveFrom, "expected an ISO-8601 instant or '" + SNAPSHOT + "'");
            }
        }
    }

    @Override
    public R apply(R record) {
        Object value = record.value();
        if (value instanceof String document) {
            return declaration(record, document, false, null);
        }
        if (!(value instanceof Struct struct)) {
            return null;
        }
        Struct row = struct;
        boolean snapshot = false;
        if (struct.schema().field("op") != null && struct.schema().field("after") != null) {
            String op = struct.getString("op");
            if (!"c".equals(op) && !"r".equals(op)) {
                return null;  // the outbox is insert-only: updates/deletes are purges or repairs
            }
            Struct source = struct.getStruct("source");
            if (source != null && source.schema().field("table") != null
                    && !outboxTable.equals(source.getString("table"))) {
                return null;
            }
            snapshot = "r".equals(op);
            row = struct.getStruct("after");
        }
        if (row == null || row.schema().field("change") == null || row.schema().field("document") == null) {
            return null;
        }
        String origin = outboxTable + "#" + row.get("outbox_id");
        if (SentinelHeaders.CHANGE_WITHDRAWN.equals(row.getString("change"))) {
            return withdrawal(record, row, snapshot, origin);
        }
        return declaration(record, row.getString("document"), snapshot, origin);
    }

    private R declaration(R record, String document, boolean snapshot, String origin) {
        JsonNode doc;
        String key;
        Instant acceptedAt;
        try {
            doc = DeclarationDocument.parse(document);
            key = DeclarationDocument.key(doc);
            acceptedAt = DeclarationDocument.acceptedAt(doc);
            DeclarationDocument.toAvro(doc);  // validate here, where a bad document can be dead-lettered
        } catch (InvalidDeclarationException e) {
            return deadLetter(record, rawKey(record), document, e, origin);
        }
        Headers headers = headers(origin);
        headers.addString(SentinelHeaders.REPLAY, Boolean.toString(isReplay(snapshot, acceptedAt)));
        headers.addString(SentinelHeaders.CHANGE, SentinelHeaders.CHANGE_DECLARATION);
        headers.addString(SentinelHeaders.VERSION, Integer.toString(doc.path("version").asInt(0)));
        return record.newRecord(topic, null, Schema.STRING_SCHEMA, key, Schema.OPTIONAL_STRING_SCHEMA, document,
                acceptedAt.toEpochMilli(), headers);
    }

    private R withdrawal(R record, Struct row, boolean snapshot, String origin) {
        String key;
        try {
            key = DeclarationKey.of(row.getString("authority"), row.getString("source_system"),
                    row.getString("declaration_id"));
        } catch (IllegalArgumentException e) {
            return deadLetter(record, null, String.valueOf(row), e, origin);
        }
        Headers headers = headers(origin);
        // a withdrawal has no acceptance time to compare with the cut-off: only a snapshot replays it
        headers.addString(SentinelHeaders.REPLAY, Boolean.toString(snapshot));
        headers.addString(SentinelHeaders.CHANGE, SentinelHeaders.CHANGE_WITHDRAWN);
        headers.addString(SentinelHeaders.VERSION, String.valueOf(row.get("version")));
        return record.newRecord(topic, null, Schema.STRING_SCHEMA, key, Schema.OPTIONAL_STRING_SCHEMA, null,
                record.timestamp(), headers);
    }

    private boolean isReplay(boolean snapshot, Instant acceptedAt) {
        return screenLiveFrom == null ? snapshot : acceptedAt.isBefore(screenLiveFrom);
    }

    /**
     * A record that cannot become a declaration: its document as raw bytes on the dead-letter topic,
     * keyed by what the source gave as the declaration's identity, with the reason.
     */
    private R deadLetter(R record, String key, String document, RuntimeException error, String origin) {
        if (deadLetterTopic.isEmpty()) {
            throw error;
        }
        Headers headers = headers(origin);
        headers.addString(ERROR_EXCEPTION_HEADER, error.getClass().getName());
        headers.addString(ERROR_MESSAGE_HEADER, error.getMessage());
        headers.addString(ERROR_TOPIC_HEADER, record.topic());
        byte[] raw = document == null ? null : document.getBytes(StandardCharsets.UTF_8);
        return record.newRecord(deadLetterTopic, null, Schema.OPTIONAL_STRING_SCHEMA, key == null ? origin : key,
                Schema.OPTIONAL_BYTES_SCHEMA, raw, record.timestamp(), headers);
    }

    /** The declaration's identity as the outbox row states it, unnormalised (null for file records). */
    private static String rawKey(ConnectRecord<?> record) {
        if (record.value() instanceof Struct envelope && envelope.schema().field("after") != null) {
            Struct row = envelope.getStruct("after");
            if (row != null && row.schema().field("authority") != null) {
                return row.getString("authority") + ":" + row.getString("source_system") + ":"
                        + row.getString("declaration_id");
            }
        }
        return null;
    }

    private static Headers headers(String origin) {
        Headers headers = new ConnectHeaders();
        if (origin != null) {
            headers.addString(SOURCE_HEADER, origin);
        }
        return headers;
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }
}
