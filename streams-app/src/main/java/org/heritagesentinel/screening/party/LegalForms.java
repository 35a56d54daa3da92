package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legal forms (LLC, W.L.L., GmbH, SARL, شركة, ...) at the start or end of a company name. They are taken
 * out of the name before comparison: "Siemens AG" and "Siemens Aktiengesellschaft" are the same name.
 */
final class LegalForms {

    /** Shortest last word of a legal form that may be misspelt or cut off and still be recognised. */
    private static final int FUZZY_LENGTH = 6;
    private static final int TRUNCATED_LENGTH = 4;

    private final Map<List<String>, String> canonicalOfVariant = new HashMap<>();
    private int longestVariant;
    /** Spelling similarity from which a last word is a misspelt legal form (Limted, Limited). */
    private final double fuzzySpelling;

    LegalForms(NameTokeniser tokeniser, double fuzzySpelling) {
        this.fuzzySpelling = fuzzySpelling;
        for (String[] row : TsvResource.rows("legal-forms.tsv")) {
            List<String> words = new ArrayList<>();
            tokeniser.tokens(row[0]).forEach(token -> words.add(token.text()));
            if (!words.isEmpty()) {
                canonicalOfVariant.put(List.copyOf(words), row[1]);
                longestVariant = Math.max(longestVariant, words.size());
            }
        }
    }

    /**
     * Removes legal forms from both ends of the words, adding their canonical forms to {@code found};
     * keeps the words untouched when nothing else would remain (a company called "Company").
     */
    List<NameToken> strip(List<NameToken> words, Set<String> found) {
        int start = 0;
        int end = words.size();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int length = Math.min(longestVariant, end - start - 1); length >= 1 && !changed; length--) {
                String atEnd = canonical(words, end - length, end);
                if (atEnd != null) {
                    found.add(atEnd);
                    end -= length;
                    changed = true;
                    continue;
                }
                String atStart = canonical(words, start, start + length);
                if (atStart != null) {
                    found.add(atStart);
                    start += length;
                    changed = true;
                }
            }
        }
        return words.subList(start, end);
    }

    private String canonical(List<NameToken> words, int from, int to) {
        List<String> key = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            key.add(words.get(i).text());
        }
        String exact = canonicalOfVariant.get(key);
        return exact != null || to != words.size() ? exact : approximate(key);
    }

    /**
     * A legal form at the end of a name whose last word is misspelt ("Aktiengeselschaft") or cut off by a
     * field length ("Joint Stock Compan"); only long words qualify, short forms (AG, SA) are too easily other words.
     */
    private String approximate(List<String> key) {
        String last = key.get(key.size() - 1);
        if (last.length() < TRUNCATED_LENGTH) {
            return null;
        }
        for (Map.Entry<List<String>, String> variant : canonicalOfVariant.entrySet()) {
            List<String> words = variant.getKey();
            if (words.size() != key.size() || !words.subList(0, words.size() - 1).equals(key.subList(0, key.size() - 1))) {
                continue;
            }
            String form = words.get(words.size() - 1);
            boolean truncated = words.size() > 1 && form.length() > last.length() && form.startsWith(last);
            boolean misspelt = form.length() >= FUZZY_LENGTH && last.length() >= FUZZY_LENGTH
                    && PartSimilarity.spelling(last, form) >= fuzzySpelling;
            if (truncated || misspelt) {
                return variant.getValue();
            }
        }
        return null;
    }
}
