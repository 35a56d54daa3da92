package org.heritagesentinel.console.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.Console;
import org.heritagesentinel.console.DecisionTopics;
import org.heritagesentinel.console.auth.Accounts;
import org.heritagesentinel.console.auth.Role;
import org.heritagesentinel.console.auth.oidc.StubIssuer;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.synthetic.SampleWatchlist;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;

import static org.awaitility.Awaitility.await;

/**
 * One real broker, registry, screening application and console for every browser test of the JVM:
 * starting them is the slow part.
 */
final class ConsoleStack {
    static final String PASSWORD = "correct horse battery staple";
    private static final String REGISTER_TOKEN = "register-token-of-jo";
    private static ConsoleStack instance;
    final EmbeddedStack stack;
    final SentinelConfig config;
    final SentinelSerdes serdes;
    final SentinelApplication app;
    final Console console;
    private final SentinelConfig.Console settings;
    private Console second;
    /** The identity provider the console's OpenID Connect sign-in goes to. */
    final StubIssuer issuer;

    private ConsoleStack() throws Exception {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        stack = EmbeddedStack.start();
        config = stack.config(Map.of("application.id", "console-browser-it", "queries.tokens", "JO=" + REGISTER_TOKEN));
        serdes = new SentinelSerdes(config);
        try (Admin admin = stack.admin()) {
            DecisionTopics.prepare(admin, config, Set.of("JO", "MA"));
        }
        try (KafkaProducer<String, WatchlistEntry> producer = producer(WatchlistEntry.class)) {
            for (WatchlistEntry entry : SampleWatchlist.entries()) {
                producer.send(new ProducerRecord<>(config.topics().watchlistSubmissions(), entry.getEntryId(), entry));
            }
        }
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("console-it-state-").toString());
        app = new SentinelApplication(config, serdes, overrides);
        app.start();
        int listed = SampleWatchlist.entries().size();
        await().atMost(Duration.ofSeconds(90)).until(() -> app.isReady() && app.watchlist().size() == listed);
        Path accounts = Files.createTempFile("console-it-accounts-", ".txt");
        Files.writeString(accounts, String.join("\n",
            Accounts.line("analyst.jo", PASSWORD, "JO", "en", "Asia/Amman", Role.ANALYST),
            Accounts.line("supervisor.jo", PASSWORD, "JO", "en", "Asia/Amman", Role.SUPERVISOR, Role.ANALYST),
            Accounts.line("second.supervisor.jo", PASSWORD, "JO", "en", "Asia/Amman", Role.SUPERVISOR),
            Accounts.line("muhallil.jo", PASSWORD, "JO", "ar", "Asia/Amman", Role.ANALYST),
            Accounts.line("target.jo", PASSWORD, "JO", "en", "UTC", Role.ANALYST),
            Accounts.line("analyste.ma", PASSWORD, "MA", "fr", "Africa/Casablanca", Role.ANALYST),
            Accounts.line("guessed.jo", PASSWORD, "JO", "en", "UTC", Role.ANALYST)), StandardCharsets.UTF_8);
        SentinelConfig.Console defaults = config.console();
        issuer = new StubIssuer();
        SentinelConfig.Oidc oidc = SentinelConfig.Oidc.OFF;
        settings = new SentinelConfig.Console("127.0.0.1", 0, Set.of("JO", "MA"), accounts.toString(),
            "browser-test-secret", defaults.sessionTimeout(), true, defaults.maxFailedLogins(), defaults.loginThrottle(),
            defaults.nextSteps(), new SentinelConfig.Oidc(issuer.issuer(), StubIssuer.CLIENT_ID, "", "", oidc.authorityClaim(),
                oidc.rolesClaim(), oidc.usernameClaim()),
            new SentinelConfig.RegisterAccess(app.httpUri().toString(), Map.of("JO", REGISTER_TOKEN)));
        console = Console.start(config, settings);
    }

    /** A second console on the same topics, as behind a load balancer; started on first use. */
    synchronized Console secondInstance() throws Exception {
        if (second == null) {
            second = Console.start(config, settings);
        }
        return second;
    }

    static synchronized ConsoleStack get() throws Exception {
        if (instance == null) {
            instance = new ConsoleStack();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "console-stack-shutdown"));
        }
        return instance;
    }

    /** Browsers keep a Secure cookie over plain HTTP on localhost only. */
    String url(String path) {
        return "http://localhost:" + console.uri().getPort() + path;
    }

    /** A declaration of Syrian antiquities received by {@code authority}: the UNSC 2199 embargo profile fires. */
    CustomsDeclaration syrianAntiquities(String authority, String container) throws Exception {
        return declaration(authority, container, "Nour Trading Est.", "SY", "970500", "Roman bronze coins, collection");
    }

    /** A declaration received by {@code authority}, imported by {@code importer}. */
    CustomsDeclaration declaration(String authority, String container, String importer, String origin, String hsCode,
                                   String description) throws Exception {
        String id = authority + "-IT-" + UUID.randomUUID().toString().substring(0, 8);
        CustomsDeclaration declaration = CustomsDeclaration.newBuilder().setDeclarationId(id).setAuthority(authority)
            .setSourceSystem("ASYCUDA").setType(DeclarationType.IMPORT).setAcceptedAt(Instant.now())
            .setOfficeOfDeclaration(authority + "AQJ01")
            .setParties(List.of(
                Party.newBuilder().setRole(PartyRole.IMPORTER).setName(importer).setCountry(authority).build(),
                Party.newBuilder().setRole(PartyRole.EXPORTER).setName("شركة الشام للتحف").setCountry("SY").build(),
                Party.newBuilder().setRole(PartyRole.DECLARANT).setName("Amman Customs Brokers").setCountry(authority).build()))
            .setRoute(Route.newBuilder().setOriginCountry(origin).setExportCountry(origin).setDestinationCountry(authority).build())
            .setTransport(Transport.newBuilder().setMode(TransportMode.ROAD).setMeansId("JO-45-1234")
                .setContainers(List.of(container)).build())
            .setItems(List.of(DeclarationItem.newBuilder().setItemNumber(1).setHsCode(hsCode)
                .setDescription(description).setOriginCountry(origin).setQuantity(42.0)
                .setQuantityUnit("pcs").setStatisticalValue(new Money(new java.math.BigDecimal("18500.0000"), "USD")).build()))
            .build();
        try (KafkaProducer<String, CustomsDeclaration> producer = producer(CustomsDeclaration.class)) {
            producer.send(new ProducerRecord<>(config.topics().declarations(), RecordKeys.declaration(declaration),
                declaration)).get();
        }
        return declaration;
    }

    /** Every decision on {@code authority}'s decision topic so far. */
    List<AlertDecision> decisions(String authority) {
        Deserializer<AlertDecision> values = serdes.value(AlertDecision.class).deserializer();
        return records(config.topics().decisionsFor(authority)).stream()
            .map(r -> values.deserialize(r.topic(), r.headers(), r.value())).toList();
    }

    /** Every change on the watchlist's audit trail so far. */
    List<WatchlistChange> audit() {
        Deserializer<WatchlistChange> values = serdes.value(WatchlistChange.class).deserializer();
        return records(config.topics().watchlistAudit()).stream()
            .map(r -> values.deserialize(r.topic(), r.headers(), r.value())).toList();
    }

    /** Every dead letter so far, as written. */
    List<ConsumerRecord<String, byte[]>> deadLetters() {
        return records(config.topics().deadLetter());
    }

    /** A submission produced straight to the submission topic, as any principal allowed to write it could. */
    void submit(WatchlistEntry entry) throws Exception {
        try (KafkaProducer<String, WatchlistEntry> producer = producer(WatchlistEntry.class)) {
            producer.send(new ProducerRecord<>(config.topics().watchlistSubmissions(), entry.getEntryId(), entry)).get();
        }
    }

    private List<ConsumerRecord<String, byte[]>> records(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        List<ConsumerRecord<String, byte[]>> result = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
            new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(result::add);
            }
        }
        return result;
    }

    private <T extends org.apache.avro.specific.SpecificRecord> KafkaProducer<String, T> producer(Class<T> type) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), serdes.value(type).serializer());
    }

    private synchronized void close() {
        if (second != null) {
            second.close();
        }
        console.close();
        issuer.close();
        app.close();
        stack.close();
    }
}
