package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.heritagesentinel.cache.RecentCache;

/**
 * Legal forms (LLC, W.L.L., GmbH, SARL, شركة, ...) at the start or end of a company name. They are taken
 * out of the name before comparison: "Siemens AG" and "Siemens Aktiengesellschaft" are the same name.
 */
final class LegalForms {

    /** Shortest last word of a legal form that may be misspelt or cut off and still be recognised. */
    private static final int FUZZY_LENGTH = 6;
    private static final int TRUNCATED_LENGTH = 4;
    /** Distinct name endings whose fuzzy look-up is kept (two generations of this many at most). */
    private static final int ENDINGS_KEPT = 50_000;
    private static final String NONE = "";

    private final Map<List<String>, String> canonicalOfVariant = new HashMap<>();
    private int longestVariant;
    /** The variants by all their words but the last, for the fuzzy look-up of a name's last words. */
    private final Map<List<String>, List<Variant>> variantsByLeadingWords = new HashMap<>();
    /** Spelling similarity from which a last word is a misspelt legal form (Limted, Limited). */
    private final double fuzzySpelling;
    /**
     * The last words of names met again, with the legal form they approximate ({@link #NONE} for none): the fuzzy
     * look-up compares the last word of every name with every long legal form.
     */
    private final RecentCache<List<String>, String> approximated = new RecentCache<>(ENDINGS_KEPT);
    private final Function<List<String>, String> approximateOrNone = key -> Objects.requireNonNullElse(approximate(key), NONE);

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
        // in the order the variants were looked at one by one before: where two could match, the same one wins
        for (Map.Entry<List<String>, String> variant : canonicalOfVariant.entrySet()) {
            List<String> words = variant.getKey();
            String last = words.get(words.size() - 1);
            variantsByLeadingWords.computeIfAbsent(words.subList(0, words.size() - 1), k -> new ArrayList<>())
                    .add(new Variant(words.size(), last, LetterCounts.of(last), variant.getValue()));
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
        if (exact != null || to != words.size()) {
            return exact;
        }
        String approximate = approximated.get(key, approximateOrNone);
        return approximate.isEmpty() ? null : approximate;
    }

    /**
     * A legal form at the end of a name whose last word is misspelt ("Aktiengeselschaft") or cut off by a
     * field length ("Joint Stock Compan"); only long words qualify, short forms (AG, SA) are too easily other words.
     * Only the forms whose other words are the name's are looked at, and a misspelling only where the letters the
     * two words share could reach the similarity asked for.
     */
    private String approximate(List<String> key) {
        String last = key.get(key.size() - 1);
        if (last.length() < TRUNCATED_LENGTH) {
            return null;
        }
        LetterCounts letters = LetterCounts.of(last);
        for (Variant variant : variantsByLeadingWords.getOrDefault(key.subList(0, key.size() - 1), List.of())) {
            String form = variant.lastWord();
            boolean truncated = variant.words() > 1 && form.length() > last.length() && form.startsWith(last);
            boolean misspelt = form.length() >= FUZZY_LENGTH && last.length() >= FUZZY_LENGTH
                    && PartSimilarity.spellingCouldReach(last, letters, form, variant.letters(), fuzzySpelling)
                    && PartSimilarity.spelling(last, form) >= fuzzySpelling;
            if (truncated || misspelt) {
                return variant.canonical();
            }
        }
        return null;
    }

    /** A variant as the fuzzy look-up reads it: its last word apart. */
    private record Variant(int words, String lastWord, LetterCounts letters, String canonical) {
    }
}
