package org.heritagesentinel.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.junit.jupiter.api.Test;

/** Issue 15: the detail of a hit names the legal basis and listing authority of the entry that fired, and its revision. */
class HitListingSpec {
    private static final Hit HIT = Hit.newBuilder().setRuleType(RuleType.EMBARGO_ORIGIN).setEntryId("PRF-UNSC-2199")
        .setEntryRevision(2).setScore(70).setExplanation("origin SY").build();

    @Test
    void theListingOfTheRevisionTheHitUsedIsShownAsIs() {
        HitListing listing = HitListing.of(HIT, Optional.of(entry(2)));

        assertThat(listing.legalBasis()).isEqualTo("UNSC 2199 §17");
        assertThat(listing.listingAuthority()).isEqualTo("UNSC");
        assertThat(listing.isListed()).isTrue();
        assertThat(listing.isRevisedSince()).isFalse();
    }

    @Test
    void aLaterRevisionIsSaidToBeLaterAndADelistedEntryHasNoListing() {
        assertThat(HitListing.of(HIT, Optional.of(entry(3))).isRevisedSince()).isTrue();
        HitListing gone = HitListing.of(HIT, Optional.empty());
        assertThat(gone.isListed()).isFalse();
        assertThat(gone.hitRevision()).isEqualTo(2);
    }

    private static WatchlistEntry entry(long revision) {
        return WatchlistEntry.newBuilder().setEntryId("PRF-UNSC-2199").setRevision(revision).setKind(EntryKind.RISK_PROFILE)
            .setListingAuthority("UNSC").setLegalBasis("UNSC 2199 §17").setSharingScope(SharingScope.REGIONAL).build();
    }
}
