package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The letters two parts share, from counts made once per part, must be the count of the letters of one word found
 * in the other, each letter of the other counted once: the spelling bound must rule out exactly the pairs it did.
 */
class LetterCountsSpec {

    @Test
    void countsTheLettersSharedAsACountOfOneWordInTheOtherWould() {
        // Given random words, some with a letter more than fifteen times or characters other than a to z
        Random random = new Random(20);
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz", "ab", "zyxq", "ab-é'"};
        for (String letters : alphabets) {
            for (int i = 0; i < 20_000; i++) {
                String x = word(random, letters, random.nextInt(40));
                String y = word(random, letters, random.nextInt(40));
                // When their shared letters are taken from their counts
                // Then they are the letters of x found in y, each letter of y used once
                assertThat(LetterCounts.of(x).sharedWith(LetterCounts.of(y))).as("%s / %s", x, y)
                        .isEqualTo(countedInTheOther(x, y));
            }
        }
    }

    @Test
    void countsNames() {
        assertThat(LetterCounts.of("youssef").sharedWith(LetterCounts.of("khoury"))).isEqualTo(3);
        assertThat(LetterCounts.of("khoury").sharedWith(LetterCounts.of("khouri"))).isEqualTo(5);
        assertThat(LetterCounts.of("zzzzzzzzzzzzzzzzzz").sharedWith(LetterCounts.of("zazzz"))).isEqualTo(4);
        assertThat(LetterCounts.of("").sharedWith(LetterCounts.of("ali"))).isZero();
        assertThat(LetterCounts.of("o'neil")).isEqualTo(LetterCounts.of("o'neil")).isNotEqualTo(LetterCounts.of("oneil"));
    }

    private static int countedInTheOther(String x, String y) {
        StringBuilder left = new StringBuilder(x);
        int shared = 0;
        for (char c : y.toCharArray()) {
            int at = left.indexOf(String.valueOf(c));
            // every character other than a to z counts as one and the same
            if (at < 0 && (c < 'a' || c > 'z')) {
                at = firstOther(left);
            }
            if (at >= 0) {
                left.deleteCharAt(at);
                shared++;
            }
        }
        return shared;
    }

    private static int firstOther(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return i;
            }
        }
        return -1;
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
