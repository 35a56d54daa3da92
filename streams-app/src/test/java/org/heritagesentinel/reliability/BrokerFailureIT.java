package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.app.TopicProvisioner;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.embedded.EmbeddedRegistry;
import org.heritagesentinel.serde.SchemaRegistrar;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testkit.KraftCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broker failure: a three-node KRaft cluster (replication factor 3, min.insync.replicas 2); one
 * broker is stopped in mid-stream and started again later. Screening goes on, and read_committed
 * every suspicious declaration has exactly one alert, no clean one any.
 */
class BrokerFailureIT {
    private static final int DECLARATIONS = 3_000;
    private static final int SUSPICIOUS_EVERY = 20;
    private static final int RATE_PER_SECOND = 150;
    private static final int FAILING_NODE = 2;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static KraftCluster cluster;
    private static EmbeddedRegistry registry;
    private static SentinelApplication app;
    private static ScreeningLoad load;

    @BeforeAll
    static void startCluster() {
        cluster = KraftCluster.start(3);
        registry = EmbeddedRegistry.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (load != null) {
            load.close();
        }
        if (app != null) {
            app.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void shouldKeepScreeningExactlyOnceWhileABrokerIsDownAndAfterItReturns() throws Exception {
        // Given the topics replicated three times, and the application screening a paced stream
        IsolatedConfig isolated = IsolatedConfig.of(cluster.bootstrapServers(), registry.apiUrl(), "brokerfail",
            Map.of("topics.replication-factor", "3"));
        try (Admin admin = Admin.create(ClientProperties.admin(isolated.config()))) {
            TopicProvisioner.ensure(admin, isolated.config());
            assertReplicatedThreeTimesWithTwoInSync(admin, isolated.config().topics().declarations());
        }
        new SchemaRegistrar(registry.confluentCompatUrl()).registerAll(isolated.config().topics(),
            isolated.config().regionAuthorities());
        new Clients(isolated.config()).send(isolated.config().topics().watchlistSubmissions(), "PRF-SY",
            embargoProfile("PRF-SY", List.of("9705", "9706"), List.of("SY")), WatchlistEntry.class);
        Properties props = new Properties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-brokerfail-").toString());
        app = new SentinelApplication(isolated.config(), new SentinelSerdes(isolated.config()), props);
        app.start();
        await().atMost(TIMEOUT).until(app::isReady);
        load = new ScreeningLoad(isolated.config(), "BF", DECLARATIONS, SUSPICIOUS_EVERY, RATE_PER_SECOND).start();

        // When one broker is stopped once a third of the alerts are out, and started again when two thirds are
        int suspicious = DECLARATIONS / SUSPICIOUS_EVERY;
        load.awaitAlerts(suspicious / 3, TIMEOUT);
        cluster.stop(FAILING_NODE);
        int alertsWhenStopped = load.alertCount();
        load.awaitAlerts(2 * suspicious / 3, TIMEOUT);
        int alertsWhenRestarted = load.alertCount();
        cluster.restart(FAILING_NODE);

        // Then screening went on, and every suspicious declaration has exactly one NEW alert, no clean one any
        load.assertExactlyOnce(TIMEOUT, () -> "application " + app.state());
        System.out.printf("broker failure: %d declarations (%d suspicious), %d alerts; node %d stopped at %d and restarted at %d%n",
            DECLARATIONS, load.suspiciousCount(), load.alertCount(), FAILING_NODE, alertsWhenStopped, alertsWhenRestarted);
    }

    private static void assertReplicatedThreeTimesWithTwoInSync(Admin admin, String topic) throws Exception {
        TopicDescription described = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
        assertThat(described.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        String minIsr = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
            .get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value();
        assertThat(minIsr).isEqualTo("2");
    }
}
