package org.heritagesentinel.screening;

import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Provenance;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * What a hit says about the published list its entry comes from, so an analyst sees who listed the
 * party and in which edition without looking the entry up.
 */
final class ListingSource {
    private ListingSource() {
    }

    /** {@code "; source un-sc QDi.145, edition 2026-11-28"}, or empty for an entry no list feeds. */
    static String note(WatchlistEntry entry) {
        Provenance p = entry.getProvenance();
        if (p == null) {
            return "";
        }
        return "; source " + p.getSource() + " " + p.getSourceId() + (p.getEdition() == null ? "" : ", edition " + p.getEdition());
    }

    /** The hit with its entry's provenance. */
    static Hit.Builder stamp(Hit.Builder hit, WatchlistEntry entry) {
        return hit.setProvenance(entry.getProvenance());
    }
}
