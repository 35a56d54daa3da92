package org.heritagesentinel.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keyword matching across English, French and Arabic: case, Latin accents and Arabic vowel marks
 * folded, alef and teh-marbuta variants unified, the Arabic article dropped; a keyword of four
 * letters or more also matches longer words (plurals: "tablets", "manuscrits", "مخطوطات").
 */
public final class Keywords {
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int PREFIX_MATCH_FROM = 4;

    private Keywords() {
    }

    /** Folded words of a text, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT).replace('ة', 'ه').replace('ى', 'ي');
        for (String word : SEPARATORS.split(folded)) {
            if (word.isEmpty()) {
                continue;
            }
            words.add(word.length() > 4 && word.startsWith("ال") ? word.substring(2) : word);
        }
        return words;
    }

    /** Whether the words contain the keyword (one word or a phrase) at some position. */
    public static boolean contains(List<String> words, String keyword) {
        List<String> wanted = words(keyword);
        if (wanted.isEmpty()) {
            return false;
        }
        for (int start = 0; start + wanted.size() <= words.size(); start++) {
            boolean all = true;
            for (int k = 0; k < wanted.size() && all; k++) {
                all = matches(words.get(start + k), wanted.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, String wanted) {
        return word.equals(wanted) || (wanted.length() >= PREFIX_MATCH_FROM && word.startsWith(wanted));
    }
}
