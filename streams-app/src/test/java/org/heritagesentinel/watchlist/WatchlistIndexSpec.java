package org.heritagesentinel.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.serde.AvroEntryCodec;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

class WatchlistIndexSpec {
    /** One key per word of a name: simple enough to reason about postings. */
    private final WatchlistIndex index = new WatchlistIndex(new BlockingKeys(
        name -> Stream.of(name.toLowerCase(Locale.ROOT).split(" ")).collect(Collectors.toSet())), new AvroEntryCodec());

    @Test
    void shouldReturnAnEntryFoundUnderSeveralKeysOnceAndWhole() {
        // Given
        WatchlistEntry listed = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null);
        index.upsert(listed);

        // When
        var found = index.candidates(List.of(name("karim"), name("haddad"), name("nasser")));

        // Then
        assertThat(found).containsExactly(listed);
        assertThat(index.get("PTY-1")).isEqualTo(listed);
        assertThat(index.sizeByKind()).isEqualTo(Map.of(EntryKind.PARTY, 1));
    }

    @Test
    void shouldForgetTheKeysOfTheRevisionAnEntryReplaces() {
        // Given
        index.upsert(WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null));

        // When
        WatchlistEntry revised = WatchlistEntry.newBuilder(WatchlistEntries.listedParty("PTY-1", "Karim Nasser", null))
            .setRevision(2).build();
        index.upsert(revised);

        // Then
        assertThat(index.candidates(List.of(name("haddad")))).isEmpty();
        assertThat(index.candidates(List.of(name("nasser")))).containsExactly(revised);
        assertThat(index.postingSize(name("karim"))).isEqualTo(1);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void shouldLeaveNoTraceOfADelistedEntry() {
        // Given
        index.upsert(WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null));
        String versionBefore = index.version();
        index.upsert(WatchlistEntries.listedParty("PTY-2", "Karim Nasser", null));

        // When
        index.delist("PTY-2");

        // Then
        assertThat(index.get("PTY-2")).isNull();
        assertThat(index.postingSize(name("karim"))).isEqualTo(1);
        assertThat(index.postingSize(name("nasser"))).isZero();
        assertThat(index.version()).isEqualTo(versionBefore);
    }

    @Test
    void shouldReportItsVersionAsTheEntryCountAndSixteenHexDigits() {
        assertThat(index.version()).isEqualTo("0:0000000000000000");
        assertThat(index.profilesVersion()).isEqualTo("0:0000000000000000");

        index.upsert(WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null));

        assertThat(index.version()).matches("1:[0-9a-f]{16}").isNotEqualTo("1:0000000000000000");
    }

    @Test
    void shouldTellRetroScreeningThatAChangeDelistedSinceRaisesNothing() {
        // Given an entry listed and then delisted by the global thread
        WatchlistEntry listed = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null);
        index.upsert(listed);
        index.delist("PTY-1");

        // When retro-screening asks about the listing it received before the delisting
        WatchlistIndex.Listing listing = index.listing("PTY-1", listed.getRevision());

        // Then it is told the entry is delisted, and the index is left as it was
        assertThat(listing).isEqualTo(WatchlistIndex.Listing.DELISTED);
        assertThat(index.get("PTY-1")).isNull();
        assertThat(index.size()).isZero();
    }

    @Test
    void shouldTellRetroScreeningWhetherTheIndexHoldsARevisionYet() {
        WatchlistEntry listed = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null);
        WatchlistEntry revised = WatchlistEntry.newBuilder(listed).setRevision(2).build();

        assertThat(index.listing("PTY-1", 1)).isEqualTo(WatchlistIndex.Listing.NOT_YET_APPLIED);
        index.upsert(listed);
        assertThat(index.listing("PTY-1", 1)).isEqualTo(WatchlistIndex.Listing.LISTED);
        assertThat(index.listing("PTY-1", 2)).isEqualTo(WatchlistIndex.Listing.NOT_YET_APPLIED);
        index.upsert(revised);
        assertThat(index.listing("PTY-1", 1)).isEqualTo(WatchlistIndex.Listing.LISTED);

        // a delisting at revision 2 settles revisions 1 and 2, not a later relisting
        index.delist("PTY-1");
        assertThat(index.listing("PTY-1", 2)).isEqualTo(WatchlistIndex.Listing.DELISTED);
        assertThat(index.listing("PTY-1", 3)).isEqualTo(WatchlistIndex.Listing.NOT_YET_APPLIED);
        index.upsert(WatchlistEntry.newBuilder(listed).setRevision(3).build());
        assertThat(index.listing("PTY-1", 3)).isEqualTo(WatchlistIndex.Listing.LISTED);
    }

    @Test
    void shouldKeepEveryRemainingPostingThroughGrowthAndRemovals() {
        // Given thousands of entries, each under a key of its own and a key shared by all
        int count = 5_000;
        for (int i = 0; i < count; i++) {
            index.upsert(WatchlistEntries.listedParty("PTY-" + i, "Common Unique" + i, null));
        }

        // When every third entry is delisted (keys leave the table, other keys shift into their place)
        for (int i = 0; i < count; i += 3) {
            index.delist("PTY-" + i);
        }

        // Then
        for (int i = 0; i < count; i++) {
            Set<String> found = ids(index.candidates(List.of(name("unique" + i))));
            assertThat(found).as("entry %d", i).isEqualTo(i % 3 == 0 ? Set.of() : Set.of("PTY-" + i));
        }
        assertThat(index.postingSize(name("common"))).isEqualTo(count - (count + 2) / 3);
        assertThat(ids(index.candidates(List.of(name("common"))))).hasSize(count - (count + 2) / 3);
    }

    @Test
    void shouldNotLetAReusedSlotInheritTheKeysOfTheEntryBeforeIt() {
        // Given
        index.upsert(WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null));
        index.delist("PTY-1");

        // When
        index.upsert(WatchlistEntries.listedParty("PTY-2", "Layla Nasser", null));

        // Then
        assertThat(index.candidates(List.of(name("karim"), name("haddad")))).isEmpty();
        assertThat(ids(index.candidates(List.of(name("layla"))))).containsExactly("PTY-2");
    }

    @Test
    void shouldIndexABatchLikeEntryByEntryAndReportWhatItCouldNotIndex() {
        // Given a batch with an entry that has no keys to compute (a party entry without its party)
        WatchlistIndex oneByOne = new WatchlistIndex(index.blockingKeys(), new AvroEntryCodec());
        List<WatchlistEntry> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(WatchlistEntries.listedParty("PTY-" + i, "Karim Haddad" + i, null));
        }
        batch.add(WatchlistEntries.base("PTY-BROKEN", EntryKind.PARTY).build());
        batch.subList(0, 50).forEach(oneByOne::upsert);

        // When
        Map<String, RuntimeException> failed = index.upsertAll(batch);

        // Then
        assertThat(failed).containsOnlyKeys("PTY-BROKEN");
        assertThat(index.version()).isEqualTo(oneByOne.version());
        assertThat(index.postingSize(name("karim"))).isEqualTo(50);
        assertThat(ids(index.candidates(List.of(name("haddad7"))))).containsExactly("PTY-7");
    }

    @Test
    void shouldReportTheSameVersionWhateverTheOrderEntriesArrivedIn() {
        // Given
        WatchlistIndex other = new WatchlistIndex(index.blockingKeys(), new AvroEntryCodec());
        WatchlistEntry a = WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null);
        WatchlistEntry b = WatchlistEntries.embargoProfile("PRF-1", List.of("9705"), List.of("SY"));

        // When
        index.upsert(a);
        index.upsert(b);
        other.upsert(b);
        other.upsert(a);

        // Then
        assertThat(index.version()).isEqualTo(other.version());
        assertThat(index.profilesVersion()).isEqualTo(other.profilesVersion()).startsWith("1:");
    }

    @Test
    void shouldServeRiskProfilesByHsPrefixUntilDelisted() {
        // Given
        WatchlistEntry profile = WatchlistEntries.embargoProfile("PRF-1", List.of("9705"), List.of("SY"));
        index.upsert(profile);

        // When
        List<WatchlistEntry> covering = index.profilesFor("970500");
        index.delist("PRF-1");

        // Then
        assertThat(covering).containsExactly(profile);
        assertThat(index.profilesFor("970500")).isEmpty();
        assertThat(index.profilesVersion()).startsWith("0:");
        assertThat(index.sizeByKind()).isEmpty();
    }

    private static String name(String word) {
        return BlockingKeys.NAME + word;
    }

    private static Set<String> ids(java.util.Collection<WatchlistEntry> entries) {
        return entries.stream().map(WatchlistEntry::getEntryId).collect(Collectors.toSet());
    }
}
