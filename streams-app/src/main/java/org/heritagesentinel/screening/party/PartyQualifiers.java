package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adjusts a name score with the facts that tell namesakes apart: country, date of birth and identifiers.
 * A fact that contradicts the listing lowers the score strongly, so that a namesake with another country,
 * birth date or registration number does not alert on the name alone; a fact that agrees raises it a little.
 * Missing facts change nothing: declarations often lack a date of birth and that must not hide a listed
 * party. Factors multiply; the result is capped at 1.
 */
public final class PartyQualifiers {

    /**
     * Schemes that give one party one value per issuing country. A passport is renewed under a new number and
     * a person may hold several, so a different passport number contradicts nothing.
     */
    private static final Set<String> ONE_VALUE_PER_PARTY = Set.of("TIN", "EORI", "VAT", "COMPANY_REGISTRATION", "NATIONAL_ID");

    private final PartyScoringTable table;

    public PartyQualifiers(PartyScoringTable table) {
        this.table = table;
    }

    /** The explanation is written only when asked for: most candidates of a screening are never explained. */
    public QualifiedScore adjust(double score, PartyFacts declared, PartyFacts listed) {
        double factor = factor(declared, listed, null);
        return new QualifiedScore(Math.min(1.0, score * factor), () -> {
            List<String> notes = new ArrayList<>();
            factor(declared, listed, notes);
            return String.join("; ", notes);
        });
    }

    /** @param notes where to say which facts applied, or null (no text is built for a candidate nobody reads) */
    private double factor(PartyFacts declared, PartyFacts listed, List<String> notes) {
        return country(declared.countries(), listed.countries(), notes)
            * birth(normalisedDate(declared.dateOfBirth()), normalisedDate(listed.dateOfBirth()), notes)
            * identifiers(declared.identifiers(), listed.identifiers(), notes);
    }

    private double country(List<String> declared, List<String> listed, List<String> notes) {
        if (declared.isEmpty() || listed.isEmpty()) {
            return 1.0;
        }
        List<String> known = normalisedCountries(declared);
        List<String> listedKnown = normalisedCountries(listed);
        if (known.isEmpty() || listedKnown.isEmpty()) {
            return 1.0;
        }
        for (String country : known) {
            if (listedKnown.contains(country)) {
                if (notes != null) {
                    notes.add("same country " + String.join("/", known));
                }
                return table.countryAgrees();
            }
        }
        if (notes != null) {
            notes.add("country " + String.join("/", known) + " not among listed " + String.join("/", listedKnown));
        }
        return table.countryContradicts();
    }

    private double birth(String declared, String listed, List<String> notes) {
        if (declared.length() < 4 || listed.length() < 4) {
            return 1.0;
        }
        int common = Math.min(declared.length(), listed.length());
        if (!declared.substring(0, 4).equals(listed.substring(0, 4))) {
            if (notes != null) {
                notes.add("birth year differs (" + declared + " vs " + listed + ")");
            }
            return table.birthYearDiffers();
        }
        if (!declared.substring(0, common).equals(listed.substring(0, common))) {
            if (notes != null) {
                notes.add("birth date differs (" + declared + " vs " + listed + ")");
            }
            return table.birthDateDiffers();
        }
        if (notes != null) {
            notes.add("same birth date " + declared.substring(0, common));
        }
        return common >= 8 ? table.sameBirthDate() : table.sameBirthYear();
    }

    /** Only identifiers that could be equal count: same scheme, and same issuing country where both sides know it. */
    private double identifiers(List<PartyFacts.Identifier> declared, List<PartyFacts.Identifier> listed,
                                      List<String> notes) {
        String differing = null;
        for (PartyFacts.Identifier d : declared) {
            String scheme = normalisedScheme(d.scheme());
            if (!ONE_VALUE_PER_PARTY.contains(scheme)) {
                continue;
            }
            for (PartyFacts.Identifier l : listed) {
                if (!scheme.equals(normalisedScheme(l.scheme())) || !sameIssuer(d.issuingCountry(), l.issuingCountry())) {
                    continue;
                }
                String value = IdentifierNormaliser.normalise(scheme, d.value());
                if (value.isEmpty()) {
                    continue;
                }
                if (value.equals(IdentifierNormaliser.normalise(scheme, l.value()))) {
                    return 1.0;
                }
                differing = scheme;
            }
        }
        if (differing == null) {
            return 1.0;
        }
        // values left out: the listed identifier may be shared with fewer recipients than the alert text
        if (notes != null) {
            notes.add(differing + " differs from the listed one");
        }
        return table.identifierDiffers();
    }

    private static boolean sameIssuer(String a, String b) {
        String x = normalisedCountry(a);
        String y = normalisedCountry(b);
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    private static String normalisedScheme(String scheme) {
        return scheme == null ? "" : scheme.strip().toUpperCase(Locale.ROOT);
    }

    /** Codes as written are usually clean already: a new list only when one is not. */
    private static List<String> normalisedCountries(List<String> countries) {
        for (String country : countries) {
            if (country == null || !country.equals(normalisedCountry(country)) || country.isEmpty()) {
                return countries.stream().map(PartyQualifiers::normalisedCountry).filter(c -> !c.isEmpty()).toList();
            }
        }
        return countries;
    }

    private static String normalisedCountry(String country) {
        return country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    }

    /** Keeps digits only, so "1970-03-01", "1970/03/01" and "19700301" agree; at most yyyyMMdd. */
    private static String normalisedDate(String date) {
        if (date == null) {
            return "";
        }
        String digits = date.replaceAll("[^0-9]", "");
        return digits.length() > 8 ? digits.substring(0, 8) : digits;
    }
}
