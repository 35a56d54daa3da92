package org.heritagesentinel.console.view;

import java.util.Optional;

import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * The listing behind one hit: the legal basis and listing authority of the entry or profile that fired.
 * A hit quotes only the revision it used; the console holds the entry's latest revision (the entries topic
 * is compacted), so when the two differ the page says which revision the basis and authority are from.
 *
 * @param hitRevision     the revision the hit quotes
 * @param listedRevision  the revision the console holds, or 0 when the entry is delisted or not shared with the user
 */
public record HitListing(long hitRevision, long listedRevision, String legalBasis, String listingAuthority) {

    public static HitListing of(Hit hit, Optional<WatchlistEntry> listed) {
        return listed.map(e -> new HitListing(hit.getEntryRevision(), e.getRevision(), text(e.getLegalBasis()),
                text(e.getListingAuthority())))
            .orElseGet(() -> new HitListing(hit.getEntryRevision(), 0, "", ""));
    }

    public boolean isListed() {
        return listedRevision > 0;
    }

    /** The entry was revised since the hit: its basis and authority are the later revision's. */
    public boolean isRevisedSince() {
        return isListed() && listedRevision != hitRevision;
    }

    private static String text(CharSequence value) {
        return value == null ? "" : value.toString();
    }
}
