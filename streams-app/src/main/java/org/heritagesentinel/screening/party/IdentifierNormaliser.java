package org.heritagesentinel.screening.party;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical form of party identifiers (TIN, VAT, EORI, passport) so that the same number written
 * differently ("fr 123.456-789", "FRFR123456789") compares equal.
 */
public final class IdentifierNormaliser {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Schemes whose value legitimately starts with the issuing country (EORI: "FR12345678901234"). */
    private static final Set<String> COUNTRY_PREFIXED = Set.of("EORI", "VAT");

    private IdentifierNormaliser() {
    }

    /**
     * Upper case, without spaces and punctuation; a doubled country prefix ("GBGB123") is reduced to one,
     * and for national schemes (TIN, passport, ...) a leading country prefix before the digits is dropped
     * because registries differ in whether they write it. Never throws; null gives "".
     */
    public static String normalise(String scheme, String value) {
        if (value == null) {
            return "";
        }
        String compact = compact(value);
        String schemeKey = scheme == null ? "" : compact(scheme);
        if (compact.length() > 4 && isCountry(compact.substring(0, 2))
                && compact.substring(0, 2).equals(compact.substring(2, 4))) {
            compact = compact.substring(2);
        }
        if (!COUNTRY_PREFIXED.contains(schemeKey) && compact.length() > 3 && isCountry(compact.substring(0, 2))
                && Character.isDigit(compact.charAt(2)) && !schemeKey.equals("PASSPORT")) {
            compact = compact.substring(2);
        }
        return compact;
    }

    /**
     * Letters and digits only, upper case. Most identifiers are plain ASCII, which NFKC leaves as it is: they skip
     * the normaliser (the listed identifiers of every candidate are compacted again for each declared party).
     */
    private static String compact(String text) {
        String folded = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }
}
