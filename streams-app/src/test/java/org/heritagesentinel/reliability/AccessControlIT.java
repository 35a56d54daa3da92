package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.app.TopicProvisioner;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.embedded.EmbeddedKafka;
import org.heritagesentinel.embedded.EmbeddedRegistry;
import org.heritagesentinel.serde.SchemaRegistrar;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testdata.Declarations;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.heritagesentinel.testkit.ScramKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Access control on a real broker: SASL_PLAINTEXT with SCRAM-SHA-512 and the {@code StandardAuthorizer}
 * (no ACL = no access). The ACLs are exactly those of {@link AclPlan} ({@code sentinel acl print}) for the
 * application and for three authorities, JO, LB and MA. Proves that the documented application ACLs are
 * enough to screen end to end, that an authority reads its own alert view and nothing else, that it decides
 * only on its own alerts whatever its records claim (issue 21), and that the passwords (Kafka and registry)
 * never reach the log, {@code /health} or {@code /metrics}.
 * The registry is unauthenticated here: it ignores the credentials the serde sends.
 */
class AccessControlIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String ADMIN_PASSWORD = "admin-Pw-4c1d";
    private static final String APP_USER = "heritage-sentinel";
    private static final String APP_PASSWORD = "app-Pw-NeverLogged-93f1c7";
    private static final String REGISTRY_PASSWORD = "registry-Pw-NeverLogged-5be2";
    private static final String JO_PASSWORD = "jo-Pw-7e21";
    private static final String LB_PASSWORD = "lb-Pw-0a4d";
    private static final String MA_PASSWORD = "ma-Pw-51c8";
    private static final List<String> CAPTURED_LOGGERS = List.of("org.heritagesentinel", "org.apache.kafka.clients",
        "org.apache.kafka.streams", "org.apache.kafka.common", "io.apicurio");

    private static final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private static final Map<String, Level> levelsBefore = new HashMap<>();
    private static OutputStreamAppender<ILoggingEvent> appender;
    private static EmbeddedKafka kafka;
    private static EmbeddedRegistry registry;
    private static SentinelConfig appConfig;
    private static SentinelApplication app;

    @BeforeAll
    static void start() throws IOException {
        captureLogs();
        // the Apicurio client logs through java.util.logging
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        CompletableFuture<EmbeddedRegistry> registryStart = CompletableFuture.supplyAsync(EmbeddedRegistry::start);
        kafka = ScramKafka.start(Files.createTempDirectory("sentinel-acl-kafka-"), ADMIN_PASSWORD,
            Map.of(APP_USER, APP_PASSWORD, "authority-jo", JO_PASSWORD, "authority-lb", LB_PASSWORD, "authority-ma",
                MA_PASSWORD));
        registry = registryStart.join();

        Map<String, String> values = new HashMap<>();
        values.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        ScramKafka.clientSettings(APP_USER, APP_PASSWORD).forEach((key, value) -> values.put("kafka." + key, value));
        values.put("registry.url", registry.apiUrl());
        values.put("registry.auth.username", "sentinel-app");
        values.put("registry.auth.password", REGISTRY_PASSWORD);
        values.put("region.authorities", "JO,LB,MA");
        values.put("topics.partitions", "1");
        values.put("topics.replication-factor", "1");
        values.put("http.port", "0");
        appConfig = ConfigLoader.withOverrides(values);

        // Given topics, schemas and exactly the planned ACLs, set up by the super user
        List<AclBinding> acls = new ArrayList<>(AclPlan.forApplication(appConfig, "User:" + APP_USER));
        acls.addAll(AclPlan.forAuthority(appConfig, "JO", AclPlan.defaultAuthorityPrincipal("JO")));
        acls.addAll(AclPlan.forAuthority(appConfig, "LB", AclPlan.defaultAuthorityPrincipal("LB")));
        acls.addAll(AclPlan.forAuthority(appConfig, "MA", AclPlan.defaultAuthorityPrincipal("MA")));
        try (Admin admin = Admin.create(kafka.adminClientSettings())) {
            TopicProvisioner.ensure(admin, appConfig);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            // the broker authorises from its own copy of the metadata: wait until it holds every binding
            await().atMost(TIMEOUT).until(() -> admin.describeAcls(AclBindingFilter.ANY).values().get().containsAll(acls));
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the secured cluster", e);
        }
        new SchemaRegistrar(registry.confluentCompatUrl()).registerAll(appConfig.topics(), appConfig.regionAuthorities());
        asAdmin().send(appConfig.topics().watchlistSubmissions(), "PTY-ACL-1",
            WatchlistEntries.listedParty("PTY-ACL-1", "Amman Home Furnishings", "JO-1000001"), WatchlistEntry.class);

        // When the application runs as its own principal, with only those ACLs
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-acl-state-").toString());
        app = new SentinelApplication(appConfig, new SentinelSerdes(appConfig), overrides);
        app.start();
        await().atMost(TIMEOUT).until(() -> app.isReady() && app.watchlist().size() == 1);
    }

    @AfterAll
    static void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (registry != null) {
                registry.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            releaseLogs();
        }
    }

    @Test
    void shouldScreenWithTheDocumentedAclsAndShowAnAuthorityOnlyItsOwnAlerts() {
        // Given a declaration of JO whose importer is listed
        CustomsDeclaration declaration = Declarations.declaration("D-ACL-1").authority("JO").build();
        String key = RecordKeys.declaration(declaration);
        asAdmin().send(appConfig.topics().declarations(), key, declaration, CustomsDeclaration.class);

        // Then the application, with its planned ACLs only, raises the alert, and JO reads it from its own view
        List<ConsumerRecord<String, Alert>> view = readAs("authority-jo", JO_PASSWORD, appConfig.topics().alertsFor("JO"),
            appConfig.topics().alertsFor("JO") + ".analysts");
        assertThat(view).extracting(ConsumerRecord::key).containsExactly(key);
        // and JO is refused LB's view and the raw declarations
        assertRefused("authority-jo", JO_PASSWORD, appConfig.topics().alertsFor("LB"));
        assertRefused("authority-jo", JO_PASSWORD, appConfig.topics().declarations());
        // and the application is no super user: it cannot write into the declarations it screens
        assertThatThrownBy(() -> writeAs(APP_USER, APP_PASSWORD, appConfig.topics().declarations()))
            .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void shouldLetJordanDecideNothingThatIsAppliedToAMoroccanAlert() throws Exception {
        // Given a Moroccan alert
        CustomsDeclaration declaration = Declarations.declaration("D-ACL-MA").authority("MA").build();
        String key = RecordKeys.declaration(declaration);
        asAdmin().send(appConfig.topics().declarations(), key, declaration, CustomsDeclaration.class);
        Alert alert = readAs("authority-ma", MA_PASSWORD, appConfig.topics().alertsFor("MA"),
            appConfig.topics().alertsFor("MA") + ".analysts").get(0).value();
        String decisionKey = RecordKeys.alertDecision(alert);

        // When Jordan's principal publishes a dismissal to Morocco's decision topic, the broker refuses it
        assertThatThrownBy(() -> decideAs("authority-jo", JO_PASSWORD, appConfig.topics().decisionsFor("MA"), decisionKey,
            dismissal(alert, "mallory.jo", "MA")))
            .hasCauseInstanceOf(TopicAuthorizationException.class);
        // and one forged on Jordan's own topic, claiming to be Morocco's, is a dead letter with the reason
        decideAs("authority-jo", JO_PASSWORD, appConfig.topics().decisionsFor("JO"), decisionKey,
            dismissal(alert, "mallory.jo", "MA"));
        ConsumerRecord<byte[], byte[]> dead = deadLetterOf(decisionKey);
        assertThat(header(dead, "__streams.errors.topic")).isEqualTo(appConfig.topics().decisionsFor("JO"));
        assertThat(header(dead, "__streams.errors.message")).contains("authority 'MA' is not JO")
            .contains("alert of MA decided on the decision topic of JO");

        // Then only Morocco's own decision, on its own topic, is applied
        decideAs("authority-ma", MA_PASSWORD, appConfig.topics().decisionsFor("MA"), decisionKey,
            dismissal(alert, "analyst.ma", "MA"));
        await().atMost(TIMEOUT).until(() -> logged().contains("DISMISSED by analyst.ma of MA"));
        assertThat(logged()).doesNotContain("by mallory.jo");
    }

    @Test
    void shouldNeverShowThePasswordsInTheLogHealthOrMetrics() throws Exception {
        // Given the application running with a SASL password and registry credentials
        URI base = app.httpUri();

        // When its ops endpoints are read
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> bodies = new HashMap<>();
        for (String path : List.of("/health/live", "/health/ready", "/metrics")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            bodies.put(path, response.body());
        }

        // Then no password appears in them
        assertThat(bodies.get("/metrics")).contains("kafka_");
        bodies.forEach((path, body) -> assertThat(body).as(path).doesNotContain(APP_PASSWORD, REGISTRY_PASSWORD));
        // nor in the log, which did record the client settings (masked) where a leak would show
        String logged = logged();
        assertThat(logged).contains("sasl.jaas.config = [hidden]", "sasl.jaas.config=[hidden]", "auth.password=[hidden]")
            .doesNotContain(APP_PASSWORD, REGISTRY_PASSWORD);
    }

    private static Clients asAdmin() {
        Map<String, String> values = new HashMap<>();
        values.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        ScramKafka.clientSettings(ScramKafka.ADMIN, ADMIN_PASSWORD).forEach((key, value) -> values.put("kafka." + key, value));
        values.put("registry.url", registry.apiUrl());
        return new Clients(ConfigLoader.withOverrides(values));
    }

    private static Properties clientOf(String user, String password) {
        Properties props = new Properties();
        props.putAll(ScramKafka.clientSettings(user, password));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return props;
    }

    private static List<ConsumerRecord<String, Alert>> readAs(String user, String password, String topic, String group) {
        Properties props = clientOf(user, password);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, Alert>> records = new ArrayList<>();
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
            new SentinelSerdes(appConfig).value(Alert.class).deserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return !records.isEmpty();
            });
        }
        return records;
    }

    private static void assertRefused(String user, String password, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(clientOf(user, password),
            new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(consumer.assignment());
            assertThatThrownBy(() -> {
                long deadline = System.nanoTime() + TIMEOUT.toNanos();
                while (System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }).as(user + " reading " + topic).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static AlertDecision dismissal(Alert alert, String analyst, String claimedAuthority) {
        return AlertDecision.newBuilder().setAlertId(alert.getAlertId()).setKind(DecisionKind.DISMISSED)
            .setAnalyst(analyst).setAuthority(claimedAuthority).setReason("namesake").setDecidedAt(Instant.now()).build();
    }

    /** What {@code sentinel alerts decide} does, as {@code user}. */
    private static void decideAs(String user, String password, String topic, String key, AlertDecision decision)
            throws Exception {
        try (KafkaProducer<String, AlertDecision> producer = new KafkaProducer<>(clientOf(user, password),
            new StringSerializer(), new SentinelSerdes(appConfig).value(AlertDecision.class).serializer())) {
            producer.send(new ProducerRecord<>(topic, key, decision)).get(60, TimeUnit.SECONDS);
        }
    }

    private static ConsumerRecord<byte[], byte[]> deadLetterOf(String key) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(clientOf(ScramKafka.ADMIN, ADMIN_PASSWORD),
            new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(appConfig.topics().deadLetter(), 0)));
            consumer.seekToBeginning(consumer.assignment());
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.key() != null && key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void writeAs(String user, String password, String topic) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(clientOf(user, password),
            new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, new byte[] {1}, new byte[] {1})).get(60, TimeUnit.SECONDS);
        }
    }

    /** Everything the application, its Kafka clients and the registry serde log at INFO and above, formatted. */
    private static void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger - %msg%n%ex");
        encoder.start();
        appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(log);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        for (String name : CAPTURED_LOGGERS) {
            Logger logger = context.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(Level.INFO);
        }
    }

    private static String logged() {
        return log.toString(StandardCharsets.UTF_8);
    }

    private static void releaseLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }
}
