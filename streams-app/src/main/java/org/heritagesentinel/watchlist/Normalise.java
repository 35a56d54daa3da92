package org.heritagesentinel.watchlist;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms used for exact comparisons: references, container numbers, codes. */
public final class Normalise {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Normalise() {
    }

    /** Case, spaces, punctuation and diacritics removed: "inv. 1234-B" → "INV1234B". */
    public static String reference(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        return NOT_ALNUM.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Country codes are compared upper-case and trimmed. */
    public static String country(String value) {
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }

    /** HS codes: digits only ("9705.10" → "970510"). */
    public static String hsCode(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
