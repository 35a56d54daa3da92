package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A declaration task's outcome link index: found by link key within a time range, and rebuilt from
 * the task's alert states alone — the index writes no changelog.
 */
class DeclarationLinkIndexSpec {
    private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");
    private static final Instant HORIZON = NOW.minus(Duration.ofDays(180));

    @TempDir
    Path stateDir;
    private MockProcessorContext<Void, Void> context;
    private WindowStore<String, String> store;
    private KeyValueStore<String, ScreeningState> states;
    private KeyValueStore<String, CustomsDeclaration> recent;

    @BeforeEach
    void openStores() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "link-index-spec");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        context = new MockProcessorContext<>(config, new TaskId(0, 0), stateDir.toFile());
        store = DeclarationLinkIndex.builder(SentinelTopology.DECLARATION_LINK_INDEX, Duration.ofDays(180)).build();
        store.init(context.getStateStoreContext(), store);
        states = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(SentinelTopology.ALERT_STATE_STORE),
            Serdes.String(), new InternalAvroSerde<>(ScreeningState.class)).withLoggingDisabled().build();
        states.init(context.getStateStoreContext(), states);
        recent = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(SentinelTopology.RECENT_DECLARATIONS_STORE),
            Serdes.String(), new InternalAvroSerde<>(CustomsDeclaration.class)).withLoggingDisabled().build();
        recent.init(context.getStateStoreContext(), recent);
    }

    @AfterEach
    void closeStores() {
        store.close();
    }

    @Test
    void shouldFindTheDeclarationsOfOneLinkKeyWithinTheRangeAndNoneOfAKeyItPrefixes() {
        DeclarationLinkIndex index = new DeclarationLinkIndex(store);
        index.index("JO:D-1", List.of("PARTY:haddad", "CONTAINER:MSCU1234565"), NOW.minus(Duration.ofDays(10)));
        index.index("JO:D-2", List.of("PARTY:haddad"), NOW.minus(Duration.ofDays(100)));
        index.index("JO:D-3", List.of("PARTY:haddadi"), NOW.minus(Duration.ofDays(10)));

        assertThat(index.declarations("PARTY:haddad", NOW.minus(Duration.ofDays(90)), NOW)).containsExactly("JO:D-1");
        assertThat(index.declarations("PARTY:haddad", HORIZON, NOW)).containsExactlyInAnyOrder("JO:D-1", "JO:D-2");
        assertThat(index.declarations("PARTY:haddadi", HORIZON, NOW)).containsExactly("JO:D-3");
        assertThat(index.declarations("CONTAINER:MSCU1234565", HORIZON, NOW)).containsExactly("JO:D-1");
        assertThat(index.declarations("PARTY:hadda", HORIZON, NOW)).isEmpty();
    }

    @Test
    void shouldRebuildFromTheAlertStatesAloneOnEmptyStoresAsAfterAMigration() {
        // Given the alert states a task restored from their changelog, the link index being empty
        states.put("JO:D-1", state(NOW.minus(Duration.ofDays(40)), "CONTAINER:MSCU1234565", "PARTY:haddad"));
        states.put("JO:D-2", state(NOW.minus(Duration.ofDays(200)), "PARTY:haddad"));
        states.put("JO:D-3", state(NOW.plus(Duration.ofDays(2)), "PARTY:haddad"));

        // When a processor starts
        DeclarationLinkIndex index = new DeclarationLinkIndex(store);
        index.rebuild(states, recent, HORIZON, NOW);

        // Then declarations inside the retention are found again; one beyond it is not; one accepted in the future at the rebuild
        assertThat(index.declarations("CONTAINER:MSCU1234565", HORIZON, NOW)).containsExactly("JO:D-1");
        assertThat(index.declarations("PARTY:haddad", HORIZON, NOW)).containsExactlyInAnyOrder("JO:D-1", "JO:D-3");
    }

    @Test
    void shouldTakeTheLinkKeysOfAStateWrittenBeforeStatesCarriedThemFromItsRecentDeclaration() {
        CustomsDeclaration older = declaration("JO:D-7").exporter("Karim Haddad").container("MSCU1234565").build();
        recent.put("JO:D-7", older);
        states.put("JO:D-7", state(NOW.minus(Duration.ofDays(3))));
        states.put("JO:D-8", state(NOW.minus(Duration.ofDays(60))));

        DeclarationLinkIndex index = new DeclarationLinkIndex(store);
        index.rebuild(states, recent, HORIZON, NOW);

        assertThat(DeclarationLinkIndex.keysOf(older)).contains("CONTAINER:MSCU1234565");
        assertThat(index.declarations("CONTAINER:MSCU1234565", HORIZON, NOW)).containsExactly("JO:D-7");
    }

    @Test
    void shouldHoldOneEntryPerDeclarationAndKeyWhenRebuiltAgain() {
        states.put("JO:D-1", state(NOW.minus(Duration.ofDays(40)), "CONTAINER:MSCU1234565", "PARTY:haddad"));
        DeclarationLinkIndex index = new DeclarationLinkIndex(store);

        index.rebuild(states, recent, HORIZON, NOW);
        index.rebuild(states, recent, HORIZON, NOW);

        try (var all = store.all()) {
            assertThat(all).toIterable().hasSize(2);
        }
    }

    private static ScreeningState state(Instant acceptedAt, String... linkKeys) {
        return ScreeningState.newBuilder().setSubjectVersion(1).setFingerprint("").setEventTime(acceptedAt)
            .setLinkKeys(List.of(linkKeys)).build();
    }
}
