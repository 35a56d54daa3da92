package org.heritagesentinel.watchlist.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.TransportMode;

/**
 * One party, vessel or aircraft as a published list describes it, before it becomes a watchlist entry:
 * each reader fills it from its own format, and {@link SourceEntries} maps it the same way for all.
 */
final class ListedSubject {
    enum Kind { PARTY, CONVEYANCE }

    /** An identity document or registration number, with the scheme the source names. */
    record Identifier(IdentifierScheme scheme, String value, String issuingCountry) {
    }

    final String sourceId;
    final String where;
    Kind kind = Kind.PARTY;
    PartyKind partyKind = PartyKind.UNKNOWN;
    TransportMode transportMode = TransportMode.UNKNOWN;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> weakAliases = new LinkedHashSet<>();
    final Set<String> datesOfBirth = new LinkedHashSet<>();
    final Set<String> nationalities = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();
    final List<Identifier> identifiers = new ArrayList<>();
    final Set<String> meansIds = new LinkedHashSet<>();
    final Set<String> addresses = new LinkedHashSet<>();
    final Set<String> programmes = new LinkedHashSet<>();
    String remarks;

    /** @param where line or element of the source file, for messages */
    ListedSubject(String sourceId, String where) {
        this.sourceId = sourceId;
        this.where = where;
    }

    void name(String name) {
        add(names, name);
    }

    void weakAlias(String alias) {
        add(weakAliases, alias);
    }

    void dateOfBirth(String isoPartial) {
        add(datesOfBirth, isoPartial);
    }

    /** A nationality or citizenship: kept as written, and as a country code when it names one. */
    void nationality(String country) {
        add(nationalities, CountryNames.code(country).orElse(country));
        country(country);
    }

    void country(String country) {
        CountryNames.code(country).ifPresent(countries::add);
    }

    void identifier(IdentifierScheme scheme, String value, String issuingCountry) {
        if (value != null && !value.isBlank()) {
            identifiers.add(new Identifier(scheme, value.trim(), CountryNames.code(issuingCountry).orElse(null)));
        }
    }

    void meansId(String id) {
        add(meansIds, id);
    }

    void address(String address) {
        add(addresses, address);
    }

    void programme(String programme) {
        add(programmes, programme);
    }

    private static void add(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value.trim().replaceAll("\\s+", " "));
        }
    }
}
