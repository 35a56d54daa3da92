package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Adjusts a name score with the facts that tell namesakes apart: country and date of birth. Missing facts
 * change nothing: declarations often lack a date of birth and that must not hide a listed party.
 */
public final class PartyQualifiers {

    private static final double COUNTRY_MISMATCH = 0.9;
    private static final double BIRTH_YEAR_MISMATCH = 0.7;
    private static final double BIRTH_DATE_MISMATCH = 0.9;
    private static final double SAME_BIRTH_DATE_BONUS = 0.05;

    private PartyQualifiers() {
    }

    /**
     * @param declaredDob date of birth as ISO text, full ("1970-03-01") or partial ("1970", "1970-03")
     * @param listedDob   same format; the list often knows only the year
     */
    public static QualifiedScore adjust(double score, String declaredCountry, Collection<String> listedCountries,
                                        String declaredDob, String listedDob) {
        double adjusted = score;
        List<String> notes = new ArrayList<>();
        String country = normalisedCountry(declaredCountry);
        if (!country.isEmpty() && listedCountries != null && !listedCountries.isEmpty()) {
            boolean known = listedCountries.stream().map(PartyQualifiers::normalisedCountry).anyMatch(country::equals);
            if (!known) {
                adjusted *= COUNTRY_MISMATCH;
                notes.add("country " + country + " not among listed " + String.join("/", listedCountries));
            }
        }
        String declared = normalisedDate(declaredDob);
        String listed = normalisedDate(listedDob);
        if (declared.length() >= 4 && listed.length() >= 4) {
            int common = Math.min(declared.length(), listed.length());
            if (!declared.substring(0, 4).equals(listed.substring(0, 4))) {
                adjusted *= BIRTH_YEAR_MISMATCH;
                notes.add("birth year differs (" + declared + " vs " + listed + ")");
            } else if (!declared.substring(0, common).equals(listed.substring(0, common))) {
                adjusted *= BIRTH_DATE_MISMATCH;
                notes.add("birth date differs (" + declared + " vs " + listed + ")");
            } else {
                adjusted = Math.min(1.0, adjusted + SAME_BIRTH_DATE_BONUS);
                notes.add("same birth date " + declared.substring(0, common));
            }
        }
        return new QualifiedScore(adjusted, String.join("; ", notes));
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
