package org.heritagesentinel.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.screening.party.AliasStrength;
import org.heritagesentinel.screening.party.ListedPartCounts;
import org.heritagesentinel.screening.party.NameMatch;
import org.heritagesentinel.screening.party.PartyFacts;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.screening.party.PartyQualifiers;
import org.heritagesentinel.screening.party.QualifiedScore;
import org.heritagesentinel.watchlist.BlockingKeys;

/**
 * Party matching as analysts need it: an identifier equal after normalisation is certain; otherwise
 * the best multilingual name match over the listed names and aliases, adjusted by country, date of
 * birth and identifiers of the same scheme where both sides know them (see {@link PartyQualifiers}).
 */
public final class MultilingualPartyMatcher implements PartyMatcher {
    private final PartyNameMatcher names;
    private final double threshold;
    private final ListedPartCounts listCounts;

    /** Without list statistics: name parts weigh as the static table says. */
    public MultilingualPartyMatcher(PartyNameMatcher names, double threshold) {
        this(names, threshold, ListedPartCounts.NONE);
    }

    /** @param listCounts the list held, so that a name part common in it weighs as a common part */
    public MultilingualPartyMatcher(PartyNameMatcher names, double threshold, ListedPartCounts listCounts) {
        this.names = names;
        this.threshold = threshold;
        this.listCounts = listCounts;
    }

    public static String identifierKey(String value) {
        return BlockingKeys.identifierKey(value);
    }

    @Override
    public DeclaredParty prepare(Party declared, String field) {
        return new Declared(declared, field);
    }

    /** One declared party, its name parsed and weighed, its identifiers and facts normalised, once. */
    private final class Declared implements DeclaredParty {
        private final Party party;
        private final String field;
        private final List<String> identifierKeys;
        private final boolean identified;
        private final PartyFacts facts;
        private final PartyNameMatcher.DeclaredName name;

        Declared(Party party, String field) {
            this.party = party;
            this.field = field;
            this.identifierKeys = party.getIdentifiers().stream().map(id -> identifierKey(id.getValue())).toList();
            this.identified = identifierKeys.stream().anyMatch(key -> !key.isEmpty());
            this.facts = declaredFacts(party);
            this.name = names.declared(party.getName(), listCounts);
        }

        @Override
        public Assessment assess(ListedParty listed) {
            Assessment byIdentifier = byIdentifier(listed);
            if (byIdentifier != null) {
                return byIdentifier;
            }
            NameMatch best = null;
            String bestName = null;
            // a weak alias (a kunya, a nickname: as the list marks it) is matched like a name but weighs less
            for (AliasStrength strength : AliasStrength.values()) {
                for (String listedName : strength == AliasStrength.STRONG ? listed.getNames() : listed.getWeakAliases()) {
                    NameMatch match = name.match(listedName, strength);
                    if (best == null || match.score() > best.score()) {
                        best = match;
                        bestName = listedName;
                    }
                }
            }
            if (best == null) {
                return Assessment.NONE;
            }
            QualifiedScore qualified = names.qualifiers().adjust(best.score(), facts, listedFacts(listed));
            if (qualified.score() < threshold) {
                return new Assessment(qualified.score(), Optional.empty());
            }
            String qualifiers = qualified.explanation();
            String explanation = best.explanation() + (qualifiers.isEmpty() ? "" : "; " + qualifiers);
            return new Assessment(qualified.score(), Optional.of(new PartyMatch(qualified.score(),
                Evidences.of(field + ".name", party.getName(), bestName, "name-multilingual"), explanation)));
        }

        /** An identifier equal after normalisation is certain, whatever the names say; null when none is. */
        private Assessment byIdentifier(ListedParty listed) {
            List<PartyIdentifier> listedIds = listed.getIdentifiers();
            if (!identified || listedIds.isEmpty()) {
                return null;
            }
            // each listed identifier normalised once, not once per declared identifier
            String[] listedKeys = new String[listedIds.size()];
            for (int j = 0; j < listedKeys.length; j++) {
                listedKeys[j] = identifierKey(listedIds.get(j).getValue());
            }
            for (int i = 0; i < identifierKeys.size(); i++) {
                String value = identifierKeys.get(i);
                if (value.isEmpty()) {
                    continue;
                }
                for (int j = 0; j < listedKeys.length; j++) {
                    PartyIdentifier listedId = listedIds.get(j);
                    if (value.equals(listedKeys[j])) {
                        PartyIdentifier declaredId = party.getIdentifiers().get(i);
                        return new Assessment(1.0, Optional.of(new PartyMatch(1.0,
                            Evidences.of(field + ".identifiers", declaredId.getValue(), listedId.getValue(), "identifier-exact"),
                            "identifier " + declaredId.getScheme() + " " + declaredId.getValue() + " is listed")));
                    }
                }
            }
            return null;
        }
    }

    /**
     * A declared identifier without its issuing country is taken as issued by the party's own country: traders
     * declare the registration of the country they trade from.
     */
    private static PartyFacts declaredFacts(Party declared) {
        String country = declared.getCountry();
        List<PartyFacts.Identifier> ids = declared.getIdentifiers().stream()
            .map(id -> identifier(id, id.getIssuingCountry() == null ? country : id.getIssuingCountry()))
            .toList();
        return new PartyFacts(country == null ? List.of() : List.of(country), iso(declared.getDateOfBirth()), ids);
    }

    /** Made for every candidate whose name is compared: a plain loop, not a stream. */
    private static PartyFacts listedFacts(ListedParty listed) {
        List<PartyIdentifier> listedIds = listed.getIdentifiers();
        List<PartyFacts.Identifier> ids = new ArrayList<>(listedIds.size());
        for (PartyIdentifier id : listedIds) {
            ids.add(identifier(id, id.getIssuingCountry()));
        }
        return new PartyFacts(listed.getCountries(), iso(listed.getDateOfBirth()), ids);
    }

    private static PartyFacts.Identifier identifier(PartyIdentifier id, String issuingCountry) {
        return new PartyFacts.Identifier(id.getScheme() == null ? null : id.getScheme().name(), id.getValue(), issuingCountry);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public String version() {
        return PartyNameMatcher.version();
    }
}
