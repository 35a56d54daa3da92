package org.heritagesentinel.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: an entry too large to compare in bounded time is refused with the limit named; one just
 * under every limit is accepted; a sharing scope nobody knows is refused, and read as NATIONAL.
 */
class EntryLimitsSpec {
    private static final SentinelConfig.EntryLimits LIMITS = ConfigLoader.defaultsOnly().limits().entry();
    private final EntryValidator validator = new EntryValidator(LIMITS);

    @Test
    void anEntryOf70000AliasesIsRefusedNamingTheLimit() {
        WatchlistEntry entry = party("PTY-1", WatchlistEntries.names(70_000, 20)).build();

        assertThat(validator.problems("PTY-1", entry)).containsExactly(
            "names: 70000 aliases, at most " + LIMITS.names() + " (limits.entry.names)");
    }

    @Test
    void weakAliasesCountWithTheNamesAndAreHeldToTheNameLength() {
        List<String> names = WatchlistEntries.names(LIMITS.names() / 2, 20);
        WatchlistEntry tooMany = party("PTY-4", names).setParty(ListedParty.newBuilder().setNames(names)
            .setWeakAliases(WatchlistEntries.names(LIMITS.names() - names.size() + 1, 10)).build()).build();
        WatchlistEntry tooLong = party("PTY-5", names).setParty(ListedParty.newBuilder().setNames(names)
            .setWeakAliases(List.of("Abu " + "a".repeat(LIMITS.nameLength()))).build()).build();

        assertThat(validator.problems("PTY-4", tooMany)).containsExactly(
            "names: " + (LIMITS.names() + 1) + " aliases, at most " + LIMITS.names() + " (limits.entry.names)");
        assertThat(validator.problems("PTY-5", tooLong)).containsExactly("names: a name of "
            + (LIMITS.nameLength() + 4) + " characters, at most " + LIMITS.nameLength() + " (limits.entry.name-length)");
    }

    @Test
    void everyOtherSizeIsBoundedWhateverItsField() {
        List<PartyIdentifier> identifiers = new ArrayList<>();
        for (int i = 0; i <= LIMITS.listSize(); i++) {
            identifiers.add(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN).setValue("JO-" + i).build());
        }
        WatchlistEntry entry = WatchlistEntries.base("PTY-2", EntryKind.PARTY)
            .setReason("r".repeat(LIMITS.textLength() + 1))
            .setParty(ListedParty.newBuilder().setNames(List.of("n".repeat(LIMITS.nameLength() + 1)))
                .setIdentifiers(identifiers).build()).build();

        assertThat(validator.problems("PTY-2", entry)).containsExactlyInAnyOrder(
            "names: a name of " + (LIMITS.nameLength() + 1) + " characters, at most " + LIMITS.nameLength()
                + " (limits.entry.name-length)",
            "party.identifiers: " + (LIMITS.listSize() + 1) + " items, at most " + LIMITS.listSize()
                + " (limits.entry.list-size)",
            "reason: " + (LIMITS.textLength() + 1) + " characters, at most " + LIMITS.textLength()
                + " (limits.entry.text-length)");
    }

    @Test
    void anEntryJustUnderEveryLimitIsAccepted() {
        WatchlistEntry entry = WatchlistEntries.justUnderEveryLimit("PTY-3", LIMITS);

        assertThat(validator.problems("PTY-3", entry)).isEmpty();
    }

    @Test
    void anUnknownSharingScopeIsRefused() {
        WatchlistEntry entry = WatchlistEntries.base("CNV-1", EntryKind.CONVEYANCE).setSharingScope(SharingScope.UNKNOWN)
            .setConveyance(ListedConveyance.newBuilder().setContainers(List.of("ABCU1234567")).build()).build();

        assertThat(validator.problems("CNV-1", entry))
            .containsExactly("sharingScope must be NATIONAL, REGIONAL or ORIGINATOR_CONTROLLED, got UNKNOWN");
    }

    @Test
    void aScopeThePolicyDoesNotKnowSharesNothingWithOtherAuthorities() {
        SharingPolicy policy = new SharingPolicy(Set.of("SCREENING"), id -> null);

        assertThat(policy.seizureRecordFor("EG", "JO", SharingScope.UNKNOWN)).isEqualTo(SharingPolicy.Visibility.NONE);
        assertThat(policy.seizureRecordFor("JO", "JO", SharingScope.UNKNOWN)).isEqualTo(SharingPolicy.Visibility.FULL);
        assertThat(policy.seizureRecordFor("EG", "JO", SharingScope.REGIONAL)).isEqualTo(SharingPolicy.Visibility.FULL);
    }

    private static WatchlistEntry.Builder party(String id, List<String> names) {
        return WatchlistEntries.base(id, EntryKind.PARTY).setParty(ListedParty.newBuilder().setNames(names).build());
    }
}
