package org.heritagesentinel.screening.party;

import java.util.List;

/**
 * What one side (a declaration or a listing) says about a party besides its names: the facts that tell
 * namesakes apart. Any of them may be missing.
 *
 * @param countries   ISO 3166 alpha-2 codes: the declared party's country, or the countries of a listing
 * @param dateOfBirth ISO text, full ("1970-03-01") or partial ("1970", "1970-03"), or null
 * @param identifiers identifiers with their scheme and, where known, the issuing country
 */
public record PartyFacts(List<String> countries, String dateOfBirth, List<Identifier> identifiers) {

    public PartyFacts {
        countries = countries == null ? List.of() : List.copyOf(countries);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /**
     * @param scheme         TIN, EORI, VAT, PASSPORT... as written by the source
     * @param value          as written
     * @param issuingCountry ISO 3166 alpha-2, or null when unknown
     */
    public record Identifier(String scheme, String value, String issuingCountry) {
    }
}
