package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.app.TopicProvisioner;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.WatchlistEntry;
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
import org.heritagesentinel.testkit.TlsKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS to the broker, from configuration alone: a node whose listeners speak TLS only, and the application
 * given a trust store through {@code kafka.security.protocol} and {@code kafka.ssl.*} settings screens end
 * to end (Kafka Streams, its producers, consumers and admin client, and the registry serde's clients), while
 * a client that does not trust the node's certificate is refused.
 */
class TlsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static EmbeddedKafka kafka;
    private static EmbeddedRegistry registry;
    private static TlsKafka.Stores stores;
    private static SentinelConfig config;
    private static SentinelApplication app;

    @BeforeAll
    static void start() throws Exception {
        CompletableFuture<EmbeddedRegistry> registryStart = CompletableFuture.supplyAsync(EmbeddedRegistry::start);
        stores = TlsKafka.createStores(Files.createTempDirectory("sentinel-tls-stores-"), "broker-Pw-1e9a", "trust-Pw-77b0");
        kafka = TlsKafka.start(Files.createTempDirectory("sentinel-tls-kafka-"), stores);
        registry = registryStart.join();

        Map<String, String> values = new HashMap<>();
        values.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        stores.clientSettings().forEach((key, value) -> values.put("kafka." + key, value));
        values.put("registry.url", registry.apiUrl());
        values.put("topics.partitions", "1");
        values.put("topics.replication-factor", "1");
        values.put("http.port", "-1");
        config = ConfigLoader.withOverrides(values);
        try (Admin admin = Admin.create(kafka.adminClientSettings())) {
            TopicProvisioner.ensure(admin, config);
        }
        new SchemaRegistrar(registry.confluentCompatUrl()).registerAll(config.topics(), config.regionAuthorities());
        new Clients(config).send(config.topics().watchlistSubmissions(), "PTY-TLS-1",
            WatchlistEntries.listedParty("PTY-TLS-1", "Amman Home Furnishings", "JO-1000001"), WatchlistEntry.class);

        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-tls-state-").toString());
        app = new SentinelApplication(config, new SentinelSerdes(config), overrides);
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
        }
    }

    @Test
    void shouldScreenEndToEndOverTls() {
        // Given a declaration whose importer is listed, sent over TLS
        CustomsDeclaration declaration = Declarations.declaration("D-TLS-1").build();
        String key = RecordKeys.declaration(declaration);
        Clients clients = new Clients(config);
        clients.send(config.topics().declarations(), key, declaration, CustomsDeclaration.class);

        // Then the application, a TLS client of the node, raises the alert, read back over TLS
        List<ConsumerRecord<String, Alert>> alerts = clients.readUntil(config.topics().alerts(), new StringDeserializer(),
            new SentinelSerdes(config).value(Alert.class).deserializer(), records -> !records.isEmpty(), TIMEOUT);
        assertThat(alerts).extracting(ConsumerRecord::key).containsExactly(key);
        assertThat(alerts.get(0).value().getHits()).anySatisfy(hit -> assertThat(hit.getEntryId()).isEqualTo("PTY-TLS-1"));
    }

    @Test
    void shouldRefuseAClientThatDoesNotTrustTheNodesCertificate() {
        // Given a client speaking TLS without the trust store
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SSL");

        // When it asks for the cluster id, then the handshake fails: the node's certificate is not trusted
        try (Admin untrusting = Admin.create(props)) {
            assertThatThrownBy(() -> untrusting.describeCluster().clusterId().get(90, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }
}
