package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.retro.RetroKeys;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recent declarations of a task and their in-memory retro key index: kept up to date on every
 * write and expiry, and rebuilt from the declarations alone when the task's stores are opened again.
 */
class RecentDeclarationsSpec {
    private static final Set<String> ANTIQUITIES = Set.of("HS:9705");
    private static final Set<String> JEWELLERY = Set.of("HS:7113");

    private final RetroKeys keys = new RetroKeys(new BlockingKeys(
        name -> Stream.of(name.toLowerCase(Locale.ROOT).split(" ")).collect(Collectors.toSet())));
    private final MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
    private KeyValueStore<String, CustomsDeclaration> store;
    private RetroKeyIndex index;

    @BeforeEach
    void openStores() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(SentinelTopology.RECENT_DECLARATIONS_STORE),
            Serdes.String(), new InternalAvroSerde<>(CustomsDeclaration.class)).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        index = RetroKeyIndex.builder(SentinelTopology.RECENT_DECLARATION_KEYS_STORE).build();
        index.init(context.getStateStoreContext(), index);
    }

    @Test
    void shouldListADeclarationOnceInKeyOrderUpToTheCap() {
        RecentDeclarations recent = new RecentDeclarations(store, index, keys);
        recent.remember("D-3", antiquities("D-3"));
        recent.remember("D-1", antiquities("D-1"));
        recent.remember("D-2", antiquities("D-2"));

        assertThat(recent.candidates(ANTIQUITIES, 2)).containsExactly("D-1", "D-2");
        assertThat(recent.candidates(Set.of("HS:97", "HS:9705"), 10)).containsExactly("D-1", "D-2", "D-3");
        assertThat(recent.candidates(JEWELLERY, 10)).isEmpty();
    }

    @Test
    void shouldCountADeclarationIndexedUnderSeveralRetroKeysOnceAgainstTheCap() {
        RecentDeclarations recent = new RecentDeclarations(store, index, keys);
        recent.remember("D-3", antiquities("D-3"));
        recent.remember("D-1", antiquities("D-1"));
        recent.remember("D-2", declaration("D-2").exporter("Karim Haddad").item("711319", "gold necklace", "SY").build());
        Set<String> hsThenParty = new LinkedHashSet<>(List.of("HS:9705", "HS:97", BlockingKeys.NAME + "haddad"));

        // HS:97 holds the two already found: more than the room left by count, nothing new by key
        assertThat(recent.candidates(hsThenParty, 3)).containsExactly("D-1", "D-2", "D-3");
        assertThat(recent.candidates(hsThenParty, 2)).containsExactly("D-1", "D-3");
    }

    @Test
    void shouldTakeTheFirstInKeyOrderOfTheRetroKeyThatOverflowsTheCapAsItIsNow() {
        RecentDeclarations recent = new RecentDeclarations(store, index, keys);
        recent.remember("D-2", declaration("D-2").exporter("Karim Haddad").item("711319", "gold necklace", "SY").build());
        recent.remember("D-5", antiquities("D-5"));
        recent.remember("D-3", antiquities("D-3"));
        Set<String> partyThenHs = new LinkedHashSet<>(List.of(BlockingKeys.NAME + "haddad", "HS:9705"));
        assertThat(recent.candidates(partyThenHs, 2)).containsExactly("D-2", "D-3");

        // a declaration that sorts first arrives, one leaves: the order asked for next is the new one
        recent.remember("D-1", antiquities("D-1"));
        assertThat(recent.candidates(partyThenHs, 2)).containsExactly("D-1", "D-2");
        recent.forget("D-1");
        recent.remember("D-4", antiquities("D-4"));
        assertThat(recent.candidates(partyThenHs, 3)).containsExactly("D-2", "D-3", "D-4");
        assertThat(recent.candidates(partyThenHs, 10)).containsExactly("D-2", "D-3", "D-4", "D-5");
    }

    @Test
    void shouldFindTheSameCandidatesAfterTheStoresAreOpenedAgain() {
        // Given declarations remembered by a task
        RecentDeclarations before = new RecentDeclarations(store, index, keys);
        before.remember("D-1", antiquities("D-1"));
        before.remember("D-2", declaration("D-2").exporter("Karim Haddad").item("711319", "gold necklace", "SY").build());
        before.remember("D-3", antiquities("D-3"));
        Set<String> byHs = before.candidates(ANTIQUITIES, 10);
        Set<String> byParty = before.candidates(Set.of(BlockingKeys.NAME + "haddad"), 10);

        // When Kafka Streams closes and re-initialises the index (a revived or migrated task) and a processor starts
        index.close();
        index.init(context.getStateStoreContext(), index);
        assertThat(index.declarations("HS:9705")).isEmpty();
        RecentDeclarations after = new RecentDeclarations(store, index, keys);

        // Then the index is rebuilt from the declarations alone, once, and finds the same candidates
        assertThat(after.candidates(ANTIQUITIES, 10)).isEqualTo(byHs).containsExactly("D-1", "D-3");
        assertThat(after.candidates(Set.of(BlockingKeys.NAME + "haddad"), 10)).isEqualTo(byParty).containsExactly("D-2");
        new RecentDeclarations(store, index, keys);
        assertThat(index.declarationsInKeyOrder("HS:9705")).containsExactly("D-1", "D-3");
    }

    @Test
    void shouldRebuildWhenTheTaskStartsAgainAfterItsStoresStayedOpenAsAStandby() {
        // Given a task that remembered a declaration, then stopped processing and became a standby
        RecentDeclarations active = new RecentDeclarations(store, index, keys);
        active.remember("D-1", antiquities("D-1"));
        active.release();

        // When, as a standby, its store takes a declaration from the changelog, and the task turns active again
        store.put("D-2", antiquities("D-2"));
        RecentDeclarations again = new RecentDeclarations(store, index, keys);

        // Then the index holds both
        assertThat(again.candidates(ANTIQUITIES, 10)).containsExactly("D-1", "D-2");
    }

    @Test
    void shouldUnindexADeclarationReplacedForgottenOrExpired() {
        RecentDeclarations recent = new RecentDeclarations(store, index, keys);
        recent.remember("D-1", antiquities("D-1"));
        recent.remember("D-2", antiquities("D-2"));
        recent.remember("D-3", declaration("D-3").acceptedAt(Instant.parse("2026-10-01T08:00:00Z"))
            .item("970510", "archaeological pieces", "SY").build());

        // a corrected version declares jewellery instead
        recent.remember("D-1", declaration("D-1").version(2).item("711319", "gold necklace", "SY").build());
        recent.forget("D-2");
        int expired = recent.expire(Instant.parse("2026-10-21T00:00:00Z"));

        assertThat(expired).isEqualTo(1);
        assertThat(recent.candidates(ANTIQUITIES, 10)).isEmpty();
        assertThat(index.declarations("HS:9705")).isEmpty();
        assertThat(recent.candidates(JEWELLERY, 10)).containsExactly("D-1");
        assertThat(recent.get("D-1").getVersion()).isEqualTo(2);
        assertThat(recent.get("D-2")).isNull();
        assertThat(recent.get("D-3")).isNull();
    }

    private static CustomsDeclaration antiquities(String id) {
        return declaration(id).item("970510", "archaeological pieces", "SY").build();
    }
}
