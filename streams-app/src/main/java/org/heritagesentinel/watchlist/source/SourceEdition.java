package org.heritagesentinel.watchlist.source;

import java.time.LocalDate;

import org.heritagesentinel.contract.RecordKeys;

/**
 * One edition of a published list as imported: the source's name here (entry ids are
 * {@code <source>:<its id>}), its publication date, the authority that imports it (the entries'
 * listing authority) and the weight of a hit on it.
 */
public record SourceEdition(String source, LocalDate published, String listingAuthority, int riskWeight) {
    public SourceEdition {
        if (source == null || !source.matches("[a-z0-9][a-z0-9.-]{0,39}")) {
            throw new IllegalArgumentException("source name '" + source + "' must be lower-case letters, digits, '.' or '-' "
                + "(e.g. un-sc, ofac-sdn, opensanctions)");
        }
        listingAuthority = RecordKeys.authority(listingAuthority);
    }

    public SourceEdition withPublished(LocalDate date) {
        return new SourceEdition(source, date, listingAuthority, riskWeight);
    }
}
