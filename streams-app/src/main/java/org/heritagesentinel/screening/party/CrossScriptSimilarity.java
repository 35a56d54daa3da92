package org.heritagesentinel.screening.party;

/**
 * Similarity of a word written in Arabic script and a Latin spelling, on their skeletons with vowels
 * ({@link ConsonantSkeleton#withVowels}).
 *
 * <p>Arabic writes consonants and long vowels but not short ones, so a Latin vowel missing from the Arabic
 * costs little, while a written Arabic vowel must be met by a Latin vowel of a compatible class: "بوردييه"
 * (b-u-r-d-i) is close to "Bourdieu" and far from "Barrett", although all three share the skeleton BRT.
 */
final class CrossScriptSimilarity {

    // the table's costs as fields of their own: read in the inner loop of every cross-script comparison
    private final double unwrittenShortVowel;
    private final double unmatchedLongVowel;
    private final double otherVowel;
    private final double consonant;

    CrossScriptSimilarity(PartyScoringTable table) {
        this.unwrittenShortVowel = table.crossScriptUnwrittenShortVowel();
        this.unmatchedLongVowel = table.crossScriptUnmatchedLongVowel();
        this.otherVowel = table.crossScriptOtherVowel();
        this.consonant = table.crossScriptConsonant();
    }

    /**
     * @param unvowelled symbols of the word from Arabic script
     * @param vowelled   symbols of the Latin spelling
     */
    double of(String unvowelled, String vowelled) {
        int n = unvowelled.length();
        int m = vowelled.length();
        if (n == 0 || m == 0) {
            return 0;
        }
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + skipLatin(vowelled.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char a = unvowelled.charAt(i - 1);
            current[0] = previous[0] + skipArabic(a);
            for (int j = 1; j <= m; j++) {
                char l = vowelled.charAt(j - 1);
                current[j] = Math.min(previous[j - 1] + substitution(a, l),
                        Math.min(previous[j] + skipArabic(a), current[j - 1] + skipLatin(l)));
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0, 1 - previous[m] / size(unvowelled, vowelled));
    }

    private double size(String unvowelled, String vowelled) {
        double latin = 0;
        for (int j = 0; j < vowelled.length(); j++) {
            latin += isVowel(vowelled.charAt(j)) ? unwrittenShortVowel : 1;
        }
        return Math.max(unvowelled.length(), latin);
    }

    private double substitution(char a, char l) {
        if (a == l) {
            return 0;
        }
        if (isVowel(a) && isVowel(l)) {
            return otherVowel;
        }
        return consonant;
    }

    private double skipArabic(char a) {
        return isVowel(a) ? unmatchedLongVowel : consonant;
    }

    private double skipLatin(char l) {
        return isVowel(l) ? unwrittenShortVowel : consonant;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }
}
