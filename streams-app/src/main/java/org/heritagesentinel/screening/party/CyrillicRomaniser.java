package org.heritagesentinel.screening.party;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes Cyrillic names in Latin letters as passports and sanctions lists do (cyrillic-latin.tsv), not as ICU's
 * scholarly transliteration does (Жуков is "Zhukov", not "Zukov" once its diacritics are stripped). The language
 * decides some letters (г is g in Russian, h in Ukrainian and Belarusian) and is read from the letters of the whole
 * name: і with ы, э or ё, or ў, is Belarusian; і, ї, є or ґ otherwise Ukrainian; ә ғ қ ң ө ұ ү һ Kazakh;
 * ђ ј љ њ ћ џ (ѓ ќ ѕ) Serbian or Macedonian.
 */
final class CyrillicRomaniser {

    enum Language { RUSSIAN, UKRAINIAN, BELARUSIAN, KAZAKH, SERBIAN }

    private static final String KAZAKH_LETTERS = "әғқңөұүһ";
    private static final String UKRAINIAN_LETTERS = "їєґ";
    private static final String BELARUSIAN_VOWELS = "ыэё";
    private static final String SERBIAN_LETTERS = "ђјљњћџѓќѕ";

    private final Map<Character, String[]> latinByLetter = new HashMap<>();

    CyrillicRomaniser() {
        for (String[] row : TsvResource.rows("cyrillic-latin.tsv")) {
            String[] latin = new String[Language.values().length];
            for (int i = 0; i < latin.length; i++) {
                String written = row[Math.min(i + 1, row.length - 1)];
                latin[i] = written.equals("-") ? "" : written;
            }
            latinByLetter.put(row[0].charAt(0), latin);
        }
    }

    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    static boolean containsCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCyrillic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The language whose romanisation fits the letters of the whole name. */
    static Language languageOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean i = lower.indexOf('і') >= 0;
        if (containsAny(lower, KAZAKH_LETTERS)) {
            return Language.KAZAKH;
        }
        if (containsAny(lower, SERBIAN_LETTERS)) {
            return Language.SERBIAN;
        }
        if (lower.indexOf('ў') >= 0 || i && containsAny(lower, BELARUSIAN_VOWELS)) {
            return Language.BELARUSIAN;
        }
        return i || containsAny(lower, UKRAINIAN_LETTERS) ? Language.UKRAINIAN : Language.RUSSIAN;
    }

    /** The word in Latin letters; a Cyrillic letter the table lacks, and every other character, is kept for ICU. */
    String romanise(String word, Language language) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            String[] latin = latinByLetter.get(c);
            out.append(latin == null ? String.valueOf(c) : latin[language.ordinal()]);
        }
        return out.toString();
    }

    private static boolean containsAny(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (text.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
