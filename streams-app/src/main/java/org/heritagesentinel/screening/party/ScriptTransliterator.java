package org.heritagesentinel.screening.party;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns one word of any script into lower-case ASCII letters and digits.
 *
 * <p>Arabic gets a few adjustments before ICU so that its output lines up with the usual Latin spellings:
 * short-vowel marks are dropped (names are rarely vowelled), ayn is written "a" as in Abd, Ali, Omar, and the
 * feminine ending and alif maqsura are written "a" as in Osama and Mustafa, and the letters Persian, Pashto and Urdu
 * write for Arabic ones (ی for ي, ک for ك) are read as those.
 */
final class ScriptTransliterator {

    /** ICU transliterators keep mutable state; one instance per thread avoids both races and lock contention. */
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /** Persian, Pashto and Urdu letters and the Arabic letter each stands for in a name (arabic-letter-variants.tsv). */
    private static final Map<Character, String> ARABIC_TWINS = arabicTwins();

    private ScriptTransliterator() {
    }

    static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
    }

    static boolean containsArabic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isArabic(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Han, Hangul, Kana or Khmer: scripts whose characters are syllables, so spelling is compared in the script. */
    static boolean isSyllabic(String word) {
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.KHMER) {
                return true;
            }
        }
        return false;
    }

    /** Prepares Arabic letters whose ICU rendering differs from common name spellings. */
    static String prepareArabic(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u0621') {
                continue;
            }
            String twin = ARABIC_TWINS.get(c);
            if (twin != null) {
                out.append(twin);
                continue;
            }
            switch (c) {
                case '\u0639', '\u0629', '\u0649' -> out.append('a');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<Character, String> arabicTwins() {
        Map<Character, String> twins = new HashMap<>();
        for (String[] row : TsvResource.rows("arabic-letter-variants.tsv")) {
            twins.put(row[0].charAt(0), row[1]);
        }
        return Map.copyOf(twins);
    }

    /** Lower-case ASCII letters and digits of the word; everything else is dropped. */
    static String toAscii(String word) {
        String latin = isPlainAscii(word) ? word : TO_ASCII.get().transliterate(word);
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
