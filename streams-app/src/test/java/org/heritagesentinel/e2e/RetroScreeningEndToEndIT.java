package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.Seizures.seizure;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.LinkKind;
import org.heritagesentinel.avro.OutcomeKind;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningOutcome;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.testdata.Declarations;
import org.heritagesentinel.testdata.Seizures;
import org.heritagesentinel.topology.SentinelTopology;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Retro-screening with two application instances on a real broker: the recent declarations are
 * spread over both instances' local stores, and a new watchlist entry reaches all of them — also
 * after one instance stopped and the other took over its tasks, as does a seizure looking for the
 * declarations of its container.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetroScreeningEndToEndIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int PARTITIONS = 3;
    private static SentinelConfig config;
    private static Clients clients;
    private static SentinelApplication first;
    private static SentinelApplication second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        Map<String, String> overrides = IsolatedInstances.overrides("sentinel-retro-e2e", "retro-e2e");
        // the failover: the instance left is given the stopped one's tasks after a short session timeout
        overrides.put("kafka.session.timeout.ms", "10000");
        overrides.put("kafka.heartbeat.interval.ms", "2000");
        config = stack.config(overrides);
        stack.prepare(config);
        clients = new Clients(config);
        first = IsolatedInstances.instance(config, "a");
        second = IsolatedInstances.instance(config, "b");
        first.start();
        second.start();
        await().atMost(TIMEOUT).until(() -> first.isReady() && second.isReady()
            && !declarationPartitions(first).isEmpty() && !declarationPartitions(second).isEmpty());
    }

    @AfterAll
    static void stop() {
        IsolatedInstances.close(first, second);
    }

    @Test
    @Order(1)
    void shouldRaiseRetroAlertsForRecentDeclarationsHeldByBothInstances() {
        // Given one clean declaration on every partition, screened and remembered by whichever instance owns it
        Set<String> keys = declareOnEveryPartition("RETRO-", "Karim Haddad");
        assertThat(remembered(first, keys)).isNotEmpty();
        assertThat(remembered(second, keys)).isNotEmpty();

        // When the exporter is listed
        clients.send(config.topics().watchlistSubmissions(), "PTY-RETRO", listedParty("PTY-RETRO", "Karim Haddad", null),
            WatchlistEntry.class);

        // Then every declaration gets exactly one retro alert, whichever instance held it
        List<ConsumerRecord<String, Alert>> alerts = clients.readValues(config.topics().alerts(), Alert.class,
            r -> false, Duration.ofSeconds(25));
        assertThat(alerts).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(alerts).allSatisfy(r -> {
            assertThat(r.value().getRetro()).isTrue();
            assertThat(r.value().getPostClearanceControl()).isTrue();
            assertThat(r.value().getHits()).extracting(h -> h.getEntryId()).containsExactly("PTY-RETRO");
        });
    }

    @Test
    @Order(2)
    void shouldRetroScreenTheDeclarationsOfAStoppedInstanceOnTheInstanceThatTookOverItsTasks() {
        // Given one clean declaration on every partition, in one container, some remembered by the second instance
        Set<String> keys = declareOnEveryPartition("FAILOVER-", "Layla Nasser", "TGHU1111110");
        assertThat(remembered(second, keys)).isNotEmpty();

        // When the second instance stops, the first takes over its tasks, and the exporter is listed
        second.close();
        second = null;
        await().atMost(TIMEOUT).until(() -> first.isReady() && declarationPartitions(first).size() == PARTITIONS);
        clients.send(config.topics().watchlistSubmissions(), "PTY-FAILOVER", listedParty("PTY-FAILOVER", "Layla Nasser", null),
            WatchlistEntry.class);

        // Then the first instance, its retro index rebuilt from the declarations it took over, alerts on every one
        List<ConsumerRecord<String, Alert>> alerts = clients.readValues(config.topics().alerts(), Alert.class,
            read -> hitting("PTY-FAILOVER", read).size() >= keys.size(), TIMEOUT);
        assertThat(hitting("PTY-FAILOVER", alerts)).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(hitting("PTY-FAILOVER", alerts)).allSatisfy(r -> assertThat(r.value().getRetro()).isTrue());

        // And a seizure of their container, naming no declaration, reaches every task, whose link index was rebuilt
        // from the alert states it took over: one HIT per declaration, of the rule that alerted
        Seizures report = seizure("S-FAILOVER").by("JO").container("tghu 111111-0")
            .seizedAt(Declarations.ACCEPTED.plus(Duration.ofDays(2)), Declarations.ACCEPTED.plus(Duration.ofDays(3)));
        clients.send(config.topics().seizures(), report.key(), report.build(), SeizureReport.class);
        List<ConsumerRecord<String, ScreeningOutcome>> outcomes = clients.readValues(config.topics().outcomes(),
            ScreeningOutcome.class, read -> read.size() >= keys.size(), TIMEOUT);
        assertThat(outcomes).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(outcomes).allSatisfy(r -> {
            assertThat(r.value().getOutcome()).isEqualTo(OutcomeKind.HIT);
            assertThat(r.value().getLinkedBy()).isEqualTo(LinkKind.CONTAINER);
            assertThat(r.value().getRuleTypes()).containsExactly(RuleType.PARTY_WATCHLIST.name());
        });
    }

    /** Sends a clean declaration of {@code exporter} (in {@code container} if not null) on every partition and waits until one instance or the other remembers each. */
    private static Set<String> declareOnEveryPartition(String idPrefix, String exporter) {
        return declareOnEveryPartition(idPrefix, exporter, null);
    }

    private static Set<String> declareOnEveryPartition(String idPrefix, String exporter, String container) {
        Map<Integer, CustomsDeclaration> onePerPartition = new TreeMap<>();
        for (int i = 0; onePerPartition.size() < PARTITIONS; i++) {
            Declarations declared = declaration(idPrefix + i).exporter(exporter);
            CustomsDeclaration d = (container == null ? declared : declared.container(container)).build();
            onePerPartition.putIfAbsent(partitionOf(RecordKeys.declaration(d)), d);
        }
        onePerPartition.values().forEach(d ->
            clients.send(config.topics().declarations(), RecordKeys.declaration(d), d, CustomsDeclaration.class));
        Set<String> keys = onePerPartition.values().stream().map(RecordKeys::declaration).collect(Collectors.toSet());
        await().atMost(TIMEOUT).until(() -> union(remembered(first, keys), remembered(second, keys)).equals(keys));
        return keys;
    }

    private static List<ConsumerRecord<String, Alert>> hitting(String entryId, List<ConsumerRecord<String, Alert>> alerts) {
        return alerts.stream()
            .filter(r -> r.value().getHits().stream().anyMatch(h -> h.getEntryId().equals(entryId)))
            .toList();
    }

    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static Set<Integer> declarationPartitions(SentinelApplication app) {
        return app.streams().metadataForLocalThreads().stream().flatMap(t -> t.activeTasks().stream())
            .flatMap(t -> t.topicPartitions().stream())
            .filter(tp -> tp.topic().equals(config.topics().declarations()))
            .map(tp -> tp.partition()).collect(Collectors.toSet());
    }

    /**
     * The keys this instance holds in an <em>active</em> store: with one standby replica each key is
     * also in the other instance's standby, so stale stores would count it twice.
     */
    private static Set<String> remembered(SentinelApplication app, Set<String> keys) {
        try {
            ReadOnlyKeyValueStore<String, CustomsDeclaration> store = app.streams().store(StoreQueryParameters
                .fromNameAndType(SentinelTopology.RECENT_DECLARATIONS_STORE, QueryableStoreTypes.<String, CustomsDeclaration>keyValueStore()));
            return keys.stream().filter(k -> store.get(k) != null).collect(Collectors.toSet());
        } catch (InvalidStateStoreException rebalancing) {
            return Set.of();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
