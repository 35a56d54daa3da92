package org.heritagesentinel.connectors.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.app.TopicProvisioner;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.embedded.EmbeddedRegistry;
import org.heritagesentinel.serde.SchemaRegistrar;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.connectors.SentinelHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The change-data-capture path end to end, with real services: PostgreSQL with the reference
 * schema and outbox (connectors/sql), a Kafka Connect worker running the Debezium PostgreSQL
 * connector with the configuration of connectors/config, a KRaft broker and Apicurio Registry.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeclarationCdcIT {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeclarationCdcIT.class);

    private static final String TOPIC = "customs.declarations.v1";
    private static final String DEAD_LETTER = "sentinel.dead-letter.v1";
    private static final int PARTITIONS = 3;
    private static final Path CONNECTORS = Path.of(System.getProperty("sentinel.connectors.dir", "."));
    private static final String DB = "declarations";

    private static PostgresServer postgres;
    private static TestKafka kafka;
    private static EmbeddedRegistry registry;
    private static ConnectWorker connect;
    private static KafkaConsumer<String, byte[]> consumer;
    private static AvroKafkaDeserializer<CustomsDeclaration> avro;
    private static final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();
    private static int schemaId;
    private static SentinelConfig config;
    private static SentinelApplication app;
    private static KafkaConsumer<String, Alert> alerts;
    private static final List<ConsumerRecord<String, Alert>> alertsReceived = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServices() throws Exception {
        // found (or skipped outside CI) before anything starts
        Path postgresBinaries = PostgresBinaries.locate();
        // the three services start in parallel: the registry JVM is the slowest
        CompletableFuture<EmbeddedRegistry> registryStart = CompletableFuture.supplyAsync(EmbeddedRegistry::start);
        CompletableFuture<PostgresServer> postgresStart = CompletableFuture.supplyAsync(() -> unchecked(() -> PostgresServer.start(postgresBinaries)));
        kafka = TestKafka.start();
        postgres = postgresStart.join();
        registry = registryStart.join();
        LOG.info("services up; PostgreSQL from {}", postgresBinaries);
        // one content under two subjects: content ids and global ids diverge from here on, so the
        // test notices if the framing id and the app's deserializer disagree on which one is meant
        SchemaRegistrar registrar = new SchemaRegistrar(registry.confluentCompatUrl());
        Schema other = SchemaBuilder.record("Other").fields().requiredInt("x").endRecord();
        registrar.register(new SchemaRegistrar.Contract("other-a-value", other, TopicContract.Compatibility.BACKWARD_TRANSITIVE));
        registrar.register(new SchemaRegistrar.Contract("other-b-value", other, TopicContract.Compatibility.BACKWARD_TRANSITIVE));
        // the application's explicit registration step: producers never register
        schemaId = registrar.registerAll(Topics.defaults(), ConfigLoader.defaultsOnly().regionAuthorities())
                .get(TOPIC + "-value");
        config = ConfigLoader.withOverrides(Map.of(
                "application.id", "sentinel-cdc-it",
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "registry.url", registry.apiUrl(),
                "topics.partitions", Integer.toString(PARTITIONS),
                "topics.replication-factor", "1",
                "http.port", "0"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, config);
        }
        startScreeningApplication();

        postgres.execute("postgres", "CREATE DATABASE " + DB);
        postgres.execute(DB, Files.readString(CONNECTORS.resolve("sql/declaration-db.sql")));
        postgres.execute(DB, "ALTER ROLE sentinel_cdc PASSWORD 'cdc-test-secret'");
        postgres.execute(DB, "INSERT INTO customs.office VALUES "
                + "('JOAMM1', 'Amman Customs House', 'JO', 'Asia/Amman'), "
                + "('XXBAD1', 'Office with a broken zone', 'JO', 'Mars/Olympus_Mons')");
        // years-old declaration already in the database when the connector starts: the snapshot
        insertDeclaration("OLD-2019", "2019-03-04 09:00:00", "JOAMM1", "ceramic tiles (sample)");
        postgres.execute(DB, "SELECT sentinel.backfill_outbox()");

        MapConfigProvider.VALUES.putAll(Map.of(
                "DECLARATION_DB_HOST", postgres.host(),
                "DECLARATION_DB_PORT", Integer.toString(postgres.port()),
                "DECLARATION_DB_NAME", DB,
                "DECLARATION_DB_USER", "sentinel_cdc",
                "declaration_db_password", "cdc-test-secret",
                "SENTINEL_REGISTRY_CCOMPAT_URL", registry.confluentCompatUrl(),
                "SENTINEL_SCREEN_LIVE_FROM", "snapshot"));
        LOG.info("database ready");
        connect = ConnectWorker.start(kafka.bootstrapServers());
        LOG.info("connect worker up");
        String name = connect.putConnector(CONNECTORS.resolve("config/declarations-postgres.json"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(connect.status(name).at("/tasks/0/state").asText()).isEqualTo("RUNNING"));

        LOG.info("connector running");
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "cdc-it");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(TOPIC, DEAD_LETTER));
        avro = new AvroKafkaDeserializer<>();
        avro.configure(Map.of(SerdeConfig.REGISTRY_URL, registry.apiUrl(),
                AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true), false);
    }

    @AfterAll
    static void stopServices() throws Exception {
        LOG.info("stopping");
        for (AutoCloseable service : new AutoCloseable[] {consumer, alerts, app, avro, connect, registry, kafka, postgres}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    @Order(1)
    void shouldCarryDeclarationsFromTheDatabaseToTheTopicWholeKeyedAndVersioned() throws Exception {
        // Given the snapshot of a declaration accepted years ago
        ConsumerRecord<String, byte[]> old = awaitRecord("JO:ASYCUDA:OLD-2019", 0);
        assertThat(header(old, SentinelHeaders.REPLAY)).isEqualTo("true");
        assertThat(decode(old).getAcceptedAt()).isEqualTo(Instant.parse("2019-03-04T07:00:00Z"));

        // When a new declaration is written over several statements of one transaction
        try (Connection tx = postgres.connect(DB)) {
            tx.setAutoCommit(false);
            try (Statement s = tx.createStatement()) {
                s.execute(declarationInsert("  LIVE-1 ", "2024-05-01 10:15:00", "JOAMM1"));
                s.execute(partyInsert("LIVE-1", 1, "EXPORTER", "Mohammed Al-Qasimi", "IQ"));
            }
            // Then nothing of it becomes visible before the commit
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                pollFor(Duration.ofMillis(200));
                assertThat(received).noneMatch(r -> r.key().equals("JO:ASYCUDA:LIVE-1"));
            });
            try (Statement s = tx.createStatement()) {
                s.execute(partyInsert("LIVE-1", 2, "IMPORTER", "Levant Antiques LLC", "AE"));
                s.execute(itemInsert("LIVE-1", 1, "690790", "ceramic tiles (sample)", "TR"));
                s.execute(itemInsert("LIVE-1", 2, "970510", "cuneiform tablet", "IQ"));
            }
            tx.commit();
        }

        // Then exactly one record arrives, whole, live, on the partition of its contract key
        ConsumerRecord<String, byte[]> live = awaitRecord("JO:ASYCUDA:LIVE-1", 0);
        CustomsDeclaration declaration = decode(live);
        assertThat(declaration.getDeclarationId()).isEqualTo("LIVE-1");
        assertThat(declaration.getParties()).hasSize(2);
        assertThat(declaration.getItems()).extracting(i -> i.getHsCode()).containsExactly("690790", "970510");
        assertThat(declaration.getAcceptedAt()).isEqualTo(Instant.parse("2024-05-01T07:15:00Z"));
        assertThat(live.timestamp()).isEqualTo(declaration.getAcceptedAt().toEpochMilli());
        assertThat(header(live, SentinelHeaders.REPLAY)).isEqualTo("false");
        assertThat(live.key()).isEqualTo(RecordKeys.declaration("jo", "asycuda", " LIVE-1 "));
        assertThat(live.partition()).isEqualTo(partitionOfCliRecord(declaration));
        assertThat(ByteBuffer.wrap(live.value()).get(0)).isZero();
        assertThat(ByteBuffer.wrap(live.value()).getInt(1)).isEqualTo(schemaId);

        // And the screening application raises one alert for it (cultural HS code from Iraq)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(alertStatuses("JO:ASYCUDA:LIVE-1")).containsExactly(AlertStatus.NEW));
        // while the snapshot of 2019, screened from the same topic and as suspicious, raised no live alert
        assertThat(alertStatuses("JO:ASYCUDA:OLD-2019")).isEmpty();
        LOG.info("live declaration checked");
        // When it is corrected, and then touched without any change
        postgres.execute(DB, "UPDATE customs.declaration_item SET description = 'clay tablet with inscriptions' "
                + "WHERE item_number = 2 AND declaration_pk = (SELECT declaration_pk FROM customs.declaration "
                + "WHERE btrim(declaration_id) = 'LIVE-1')");
        postgres.execute(DB, "UPDATE customs.declaration SET mrn = mrn WHERE btrim(declaration_id) = 'LIVE-1'");

        // Then the correction arrives once, as a higher version, and the no-op not at all
        ConsumerRecord<String, byte[]> corrected = awaitRecord("JO:ASYCUDA:LIVE-1", 1);
        assertThat(decode(corrected).getItems().get(1).getDescription()).isEqualTo("clay tablet with inscriptions");
        assertThat(corrected.partition()).isEqualTo(live.partition());

        // When it is deleted in the source
        postgres.execute(DB, "DELETE FROM customs.declaration WHERE btrim(declaration_id) = 'LIVE-1'");

        // Then a withdrawal tombstone follows, with the next version
        ConsumerRecord<String, byte[]> withdrawn = awaitRecord("JO:ASYCUDA:LIVE-1", 2);
        assertThat(withdrawn.value()).isNull();
        assertThat(header(withdrawn, SentinelHeaders.CHANGE)).isEqualTo(SentinelHeaders.CHANGE_WITHDRAWN);

        // And the one alert of the declaration was updated by the correction, then retracted
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(alertStatuses("JO:ASYCUDA:LIVE-1"))
                .containsExactly(AlertStatus.NEW, AlertStatus.UPDATED, AlertStatus.RETRACTED));
        assertThat(alertsReceived.stream().filter(r -> r.key().equals("JO:ASYCUDA:LIVE-1"))
                .map(r -> r.value().getAlertId()).distinct()).hasSize(1);
        LOG.info("withdrawal checked");
        // When a declaration cannot be read (its office names no real time zone)
        insertDeclaration("BROKEN-1", "2024-05-02 08:00:00", "XXBAD1", "oil painting");

        // Then it is dead-lettered with the reason, and the pipeline goes on
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            pollFor(Duration.ofMillis(200));
            assertThat(received).anySatisfy(r -> {
                assertThat(r.topic()).isEqualTo(DEAD_LETTER);
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).contains("BROKEN-1");
                assertThat(header(r, "__streams.errors.message")).contains("Mars/Olympus_Mons");
            });
        });
        LOG.info("dead letter checked");
        insertDeclaration("AFTER-1", "2024-05-02 09:00:00", "JOAMM1", "bronze coins");
        awaitRecord("JO:ASYCUDA:AFTER-1", 0);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(alertStatuses("JO:ASYCUDA:AFTER-1")).containsExactly(AlertStatus.NEW));

        List<String> versionsOfLive = new ArrayList<>();
        received.stream().filter(r -> r.key() != null && r.key().equals("JO:ASYCUDA:LIVE-1"))
                .forEach(r -> versionsOfLive.add(header(r, SentinelHeaders.VERSION)));
        assertThat(versionsOfLive).containsExactly("0", "1", "2");
    }

    @Test
    @Order(2)
    void shouldCarryDeclarationsFromAJsonLinesExportFile() throws Exception {
        // Given an export file and the file connector configured from connectors/config
        Path drop = Files.createTempFile("sentinel-drop", ".jsonl");
        MapConfigProvider.VALUES.put("SENTINEL_DECLARATIONS_DROP_FILE", drop.toString());
        String name = connect.putConnector(CONNECTORS.resolve("config/declarations-files.json"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(connect.status(name).at("/tasks/0/state").asText()).isEqualTo("RUNNING"));

        // When a system appends two declarations and a broken line
        Files.writeString(drop, String.join("\n",
                "{\"declarationId\": \"EXP-77\", \"authority\": \"lb\", \"sourceSystem\": \"najm\", "
                        + "\"acceptedAt\": \"2026-02-01T09:30:00+02:00\", \"route\": {\"originCountry\": \"SY\"}, "
                        + "\"transport\": {\"mode\": \"ROAD\"}, \"parties\": [{\"role\": \"EXPORTER\", \"name\": \"Farid Haddad\"}], "
                        + "\"items\": [{\"itemNumber\": 1, \"hsCode\": \"970610\", \"description\": \"carved chest\", "
                        + "\"originCountry\": \"SY\"}]}",
                "{\"declarationId\": \"EXP-78\", \"authority\": \"LB\", \"sourceSystem\": \"NAJM\", "
                        + "\"acceptedAt\": \"2026-02-01T10:00:00Z\", \"route\": {}, \"transport\": {}}",
                "not json at all", ""));

        // Then they arrive keyed and converted like the database path's, live, and the broken line is dead-lettered
        ConsumerRecord<String, byte[]> exported = awaitRecord("LB:NAJM:EXP-77", 0);
        assertThat(decode(exported).getAcceptedAt()).isEqualTo(Instant.parse("2026-02-01T07:30:00Z"));
        assertThat(header(exported, SentinelHeaders.REPLAY)).isEqualTo("false");
        awaitRecord("LB:NAJM:EXP-78", 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            pollFor(Duration.ofMillis(200));
            assertThat(received).anySatisfy(r -> {
                assertThat(r.topic()).isEqualTo(DEAD_LETTER);
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("not json at all");
            });
        });
        // And the screening application raises its alert (cultural HS code from Syria)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(alertStatuses("LB:NAJM:EXP-77")).containsExactly(AlertStatus.NEW));
        Files.deleteIfExists(drop);
    }

    @Test
    @Order(3)
    void shouldRaiseNoAlertTwiceWhenTheConnectorStartsOverWithANewSnapshot() throws Exception {
        // Given the declarations of the first test, screened and alerted
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(alertStatuses("JO:ASYCUDA:AFTER-1")).containsExactly(AlertStatus.NEW));
        int alertsBefore = alertsReceived.size();
        int receivedBefore = received.size();

        // When the connector forgets its offsets and snapshots the outbox again
        connect.resetOffsets("declarations-postgres");

        // Then each declaration arrives once more, in its latest state only, marked as replay
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            pollFor(Duration.ofMillis(200));
            assertThat(replayedSince(receivedBefore)).extracting(ConsumerRecord::key)
                    .contains("JO:ASYCUDA:OLD-2019", "JO:ASYCUDA:LIVE-1", "JO:ASYCUDA:AFTER-1");
        });
        assertThat(replayedSince(receivedBefore)).filteredOn(r -> r.key().equals("JO:ASYCUDA:LIVE-1"))
                .singleElement().satisfies(r -> {
                    assertThat(r.value()).isNull();
                    assertThat(header(r, SentinelHeaders.VERSION)).isEqualTo("2");
                });
        // And the application, which has screened those versions, raises nothing new
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            alertStatuses("JO:ASYCUDA:AFTER-1");
            assertThat(alertsReceived.subList(alertsBefore, alertsReceived.size()))
                    .extracting(ConsumerRecord::key).doesNotContain("JO:ASYCUDA:LIVE-1", "JO:ASYCUDA:AFTER-1");
        });
    }

    private static List<ConsumerRecord<String, byte[]>> replayedSince(int index) {
        return received.subList(index, received.size()).stream()
                .filter(r -> r.topic().equals(TOPIC) && "true".equals(header(r, SentinelHeaders.REPLAY))).toList();
    }

    /** The real screening application, watching for an embargo profile (cultural HS codes from IQ/SY). */
    private static void startScreeningApplication() throws Exception {
        SentinelSerdes serdes = new SentinelSerdes(config);
        WatchlistEntry embargo = WatchlistEntry.newBuilder()
                .setEntryId("PRF-EMBARGO").setKind(EntryKind.RISK_PROFILE).setListingAuthority("JO")
                .setLegalBasis("UNSC 2199 §17").setRiskWeight(70)
                .setProfile(RiskProfile.newBuilder().setRuleType(RuleType.EMBARGO_ORIGIN)
                        .setHsPrefixes(List.of("9705", "9706")).setCountries(List.of("IQ", "SY"))
                        .setCountryRoles(List.of(CountryRole.ORIGIN, CountryRole.EXPORT)).build())
                .build();
        Map<String, Object> producerProps = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, WatchlistEntry> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
                serdes.value(WatchlistEntry.class).serializer())) {
            producer.send(new ProducerRecord<>(config.topics().watchlistSubmissions(), embargo.getEntryId(), embargo)).get();
        }
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-cdc-it-").toString());
        app = new SentinelApplication(config, serdes, overrides);
        app.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> app.isReady() && app.watchlist().size() == 1);

        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "cdc-it-alerts");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        alerts = new KafkaConsumer<>(props, new StringDeserializer(), serdes.value(Alert.class).deserializer());
        alerts.subscribe(List.of(config.topics().alerts()));
    }

    private static List<AlertStatus> alertStatuses(String key) {
        alerts.poll(Duration.ofMillis(200)).forEach(alertsReceived::add);
        return alertsReceived.stream().filter(r -> key.equals(r.key())).map(r -> r.value().getStatus()).toList();
    }

    private interface Start<T> {
        T start() throws Exception;
    }

    private static <T> T unchecked(Start<T> start) {
        try {
            return start.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String key, int version) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            pollFor(Duration.ofMillis(200));
            return received.stream()
                    .filter(r -> r.topic().equals(TOPIC) && key.equals(r.key())
                            && Integer.toString(version).equals(header(r, SentinelHeaders.VERSION)))
                    .findFirst().orElse(null);
        }, r -> r != null);
    }

    private static void pollFor(Duration duration) {
        consumer.poll(duration).forEach(received::add);
    }

    private static CustomsDeclaration decode(ConsumerRecord<String, byte[]> record) {
        return avro.deserialize(record.topic(), record.value());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Where the CLI would put the same declaration: a real producer with the app's key class and
     * serializer writes it to a scratch topic with the same partition count.
     */
    private static int partitionOfCliRecord(CustomsDeclaration declaration) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("cli-partitioning", PARTITIONS, (short) 1))).all().get();
        }
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>("cli-partitioning", RecordKeys.declaration(declaration), new byte[0]))
                    .get().partition();
        }
    }

    private static void insertDeclaration(String id, String acceptedLocal, String office, String description)
            throws Exception {
        try (Connection tx = postgres.connect(DB)) {
            tx.setAutoCommit(false);
            try (Statement s = tx.createStatement()) {
                s.execute(declarationInsert(id, acceptedLocal, office));
                s.execute(partyInsert(id, 1, "EXPORTER", "Farid Haddad", "LB"));
                s.execute(itemInsert(id, 1, "970610", description, "SY"));
            }
            tx.commit();
        }
    }

    private static String declarationInsert(String id, String acceptedLocal, String office) {
        return "INSERT INTO customs.declaration (authority, source_system, declaration_id, status, mrn, "
                + "declaration_type, accepted_at_local, office_of_declaration, origin_country, export_country, "
                + "transit_countries, destination_country, transport_mode, containers, invoice_amount, invoice_currency) "
                + "VALUES ('jo', 'asycuda', '" + id + "', 'ACCEPTED', 'MRN-" + id.strip() + "', 'IMPORT', '"
                + acceptedLocal + "', '" + office + "', 'IQ', 'TR', '{AE}', 'JO', 'ROAD', '{MSCU1234565}', 12.5, 'USD')";
    }

    private static String partyInsert(String id, int seq, String role, String name, String country) {
        return "INSERT INTO customs.declaration_party (declaration_pk, party_seq, role, kind, name, country) "
                + "SELECT declaration_pk, " + seq + ", '" + role + "', 'ORGANISATION', '" + name + "', '" + country
                + "' FROM customs.declaration WHERE btrim(declaration_id) = '" + id + "'";
    }

    private static String itemInsert(String id, int number, String hs, String description, String origin) {
        return "INSERT INTO customs.declaration_item (declaration_pk, item_number, hs_code, description, "
                + "origin_country, stat_value_amount, stat_value_currency) "
                + "SELECT declaration_pk, " + number + ", '" + hs + "', '" + description + "', '" + origin
                + "', 5, 'USD' FROM customs.declaration WHERE btrim(declaration_id) = '" + id + "'";
    }
}
