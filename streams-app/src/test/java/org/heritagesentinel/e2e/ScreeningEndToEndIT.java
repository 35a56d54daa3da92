package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SchemaRegistrar;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton on real parts: a KRaft broker, an Apicurio Registry, Avro in the Confluent
 * wire format, exactly-once Kafka Streams. Declarations — clean, suspicious, redelivered, amended,
 * undecodable — go in; the exact alerts and dead letters come out.
 */
class ScreeningEndToEndIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static EmbeddedStack stack;
    private static SentinelConfig config;
    private static Clients clients;
    private static SentinelApplication app;

    @BeforeAll
    static void startApplication() throws Exception {
        stack = SharedStack.get();
        config = stack.config(Map.of("application.id", "sentinel-e2e"));
        clients = new Clients(config);
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-e2e-").toString());
        app = new SentinelApplication(config, new SentinelSerdes(config), overrides);

        clients.send(config.topics().watchlistSubmissions(), "PTY-1",
            listedParty("PTY-1", "Mohamed El Ouazzani", "MA-778899"), WatchlistEntry.class);
        clients.send(config.topics().watchlistSubmissions(), "PRF-SY",
            embargoProfile("PRF-SY", List.of("9705", "9706"), List.of("SY", "IQ")), WatchlistEntry.class);
        app.start();
        await().atMost(TIMEOUT).until(() -> app.isReady() && app.watchlist().size() == 2);
    }

    @AfterAll
    static void stopApplication() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldRaiseExactlyTheExpectedAlertsForCleanSuspiciousRedeliveredAndAmendedDeclarations() {
        String declarations = config.topics().declarations();
        CustomsDeclaration clean = declaration("LC-CLEAN").build();
        CustomsDeclaration suspicious = declaration("LC-SUSP").exporter("Mohamed El Ouazzani")
            .item("970510", "archaeological collection", "SY").build();
        CustomsDeclaration amendedKeepsOneHit = declaration("LC-AMEND").item("970610", "antique chest", "IQ").build();
        CustomsDeclaration amendment1 = declaration("LC-AMEND").version(1).exporter("Mohamed El Ouazzani")
            .item("970610", "antique chest", "IQ").build();
        CustomsDeclaration retracted = declaration("LC-RETRACT").item("970610", "antique chest", "IQ").build();
        CustomsDeclaration retraction = declaration("LC-RETRACT").version(1).item("940360", "modern chest", "FR").build();

        for (CustomsDeclaration d : List.of(clean, suspicious, suspicious, amendedKeepsOneHit, amendment1, retracted,
            retraction, suspicious)) {
            clients.send(declarations, RecordKeys.declaration(d), d, CustomsDeclaration.class);
        }

        // expect 5 alerts; then keep reading a while to prove nothing more (no duplicate) arrives
        List<ConsumerRecord<String, Alert>> records = clients.readValues(config.topics().alerts(), Alert.class,
            r -> false, Duration.ofSeconds(12));
        Map<String, List<AlertStatus>> statusesByKey = records.stream()
            .filter(r -> r.key().startsWith("JO:ASYCUDA:LC-")).collect(Collectors.groupingBy(ConsumerRecord::key,
            Collectors.mapping(r -> r.value().getStatus(), Collectors.toList())));
        assertThat(statusesByKey).containsOnlyKeys("JO:ASYCUDA:LC-SUSP", "JO:ASYCUDA:LC-AMEND", "JO:ASYCUDA:LC-RETRACT");
        assertThat(statusesByKey.get("JO:ASYCUDA:LC-SUSP")).containsExactly(AlertStatus.NEW);
        assertThat(statusesByKey.get("JO:ASYCUDA:LC-AMEND")).containsExactly(AlertStatus.NEW, AlertStatus.UPDATED);
        assertThat(statusesByKey.get("JO:ASYCUDA:LC-RETRACT")).containsExactly(AlertStatus.NEW, AlertStatus.RETRACTED);
    }

    @Test
    void shouldDeadLetterPoisonInputsWithAReasonAndKeepScreening() {
        // Given malformed declaration bytes and a poison watchlist entry
        clients.sendRaw(config.topics().declarations(), "JO:ASYCUDA:E2E-BAD".getBytes(StandardCharsets.UTF_8),
            new byte[] {0, 0, 0, 0x7f, 0x7f, 1, 2, 3});
        clients.send(config.topics().watchlistSubmissions(), "PTY-POISON",
            WatchlistEntries.base("PTY-POISON", EntryKind.PARTY).build(), WatchlistEntry.class);
        // When a suspicious declaration follows
        CustomsDeclaration next = declaration("E2E-AFTER-POISON").exporter("Mohamed El Ouazzani").build();
        clients.send(config.topics().declarations(), RecordKeys.declaration(next), next, CustomsDeclaration.class);

        // Then both poison records are dead-lettered with their origin and reason
        List<ConsumerRecord<byte[], byte[]>> dead = clients.readRaw(config.topics().deadLetter(),
            r -> r.stream().map(ScreeningEndToEndIT::key).collect(Collectors.toSet())
                .containsAll(List.of("JO:ASYCUDA:E2E-BAD", "PTY-POISON")), TIMEOUT);
        ConsumerRecord<byte[], byte[]> badDeclaration = find(dead, "JO:ASYCUDA:E2E-BAD");
        assertThat(header(badDeclaration, "__streams.errors.topic")).isEqualTo(config.topics().declarations());
        assertThat(header(badDeclaration, "__streams.errors.exception")).isNotBlank();
        assertThat(header(badDeclaration, "__streams.errors.offset")).isNotBlank();
        assertThat(badDeclaration.value()).containsExactly(0, 0, 0, 0x7f, 0x7f, 1, 2, 3);
        ConsumerRecord<byte[], byte[]> poison = find(dead, "PTY-POISON");
        assertThat(header(poison, "__streams.errors.message")).contains("PARTY entry without party");

        // And screening went on
        List<ConsumerRecord<String, Alert>> alerts = clients.readValues(config.topics().alerts(), Alert.class,
            r -> r.stream().anyMatch(a -> a.key().equals("JO:ASYCUDA:E2E-AFTER-POISON")), TIMEOUT);
        assertThat(alerts).anyMatch(a -> a.key().equals("JO:ASYCUDA:E2E-AFTER-POISON"));
        assertThat(app.isReady()).isTrue();
    }

    @Test
    void shouldServeTheAlertSchemaThroughTheConfluentCompatibleApiForPlainAvroReaders() throws Exception {
        CustomsDeclaration d = declaration("E2E-CCOMPAT").item("970510", "archaeological collection", "SY").build();
        clients.send(config.topics().declarations(), RecordKeys.declaration(d), d, CustomsDeclaration.class);

        List<ConsumerRecord<byte[], byte[]>> raw = clients.readRaw(config.topics().alerts(),
            r -> r.stream().anyMatch(a -> key(a).equals("JO:ASYCUDA:E2E-CCOMPAT")), TIMEOUT);
        byte[] value = find(raw, "JO:ASYCUDA:E2E-CCOMPAT").value();

        // Confluent wire format: magic byte 0, 4-byte schema id, Avro binary
        ByteBuffer buffer = ByteBuffer.wrap(value);
        assertThat(buffer.get()).isZero();
        int schemaId = buffer.getInt();
        Schema writer = new SchemaRegistrar(stack.registry().confluentCompatUrl()).schemaById(schemaId);
        GenericRecord alert = new GenericDatumReader<GenericRecord>(writer)
            .read(null, DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null));
        assertThat(alert.get("subjectKey").toString()).isEqualTo("JO:ASYCUDA:E2E-CCOMPAT");
        assertThat(alert.get("status").toString()).isEqualTo("NEW");
        assertThat(alert.get("alertId").toString()).startsWith("ALR-");
        assertThat(Instant.ofEpochMilli((Long) alert.get("eventTime"))).isEqualTo(d.getAcceptedAt());
    }

    private static ConsumerRecord<byte[], byte[]> find(List<ConsumerRecord<byte[], byte[]>> records, String key) {
        return records.stream().filter(r -> key(r).equals(key)).findFirst().orElseThrow();
    }

    static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
