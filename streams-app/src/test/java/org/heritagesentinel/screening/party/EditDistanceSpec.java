package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The edit distance worked out in the bits of a long must give the table's figure on every pair: every spelling
 * score, and so every threshold and every figure of the name bench, rests on it.
 */
class EditDistanceSpec {

    @Test
    void givesTheTablesFigureOnEveryPairOfShortWordsOfThreeLetters() {
        // Given every word of up to five letters written with a, b and c (swaps, repeats and shifts of every kind)
        List<String> words = wordsOf("abc", 5);
        // When each pair is measured both ways
        // Then the bits give what the table gives
        for (String x : words) {
            for (String y : words) {
                assertThat(EditDistance.withTranspositions(x, y)).as("%s / %s", x, y).isEqualTo(EditDistance.tabled(x, y));
            }
        }
        assertThat(words).hasSize(364);
    }

    @Test
    void givesTheTablesFigureOnLongWordsAndOtherCharacters() {
        // Given random words up to 70 characters (past the 64 bits of a long), some with characters other than a to z
        Random random = new Random(20);
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz", "aeiouy", "ab-é'"};
        for (String letters : alphabets) {
            for (int i = 0; i < 20_000; i++) {
                String x = word(random, letters, random.nextInt(71));
                String y = random.nextInt(10) == 0 ? x : word(random, letters, random.nextInt(71));
                // When measured
                // Then the figure is the table's
                assertThat(EditDistance.withTranspositions(x, y)).as("%s / %s", x, y).isEqualTo(EditDistance.tabled(x, y));
            }
        }
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(EditDistance.withTranspositions("apple", "appel")).isEqualTo(1);
        assertThat(EditDistance.withTranspositions("macron", "marcon")).isEqualTo(1);
        assertThat(EditDistance.withTranspositions("castro", "castillo")).isEqualTo(3);
        assertThat(EditDistance.withTranspositions("", "khoury")).isEqualTo(6);
        assertThat(EditDistance.withTranspositions("ca", "abc")).isEqualTo(3);
    }

    private static List<String> wordsOf(String letters, int longest) {
        List<String> words = new ArrayList<>(List.of(""));
        for (int from = 0; from < words.size(); from++) {
            if (words.get(from).length() < longest) {
                for (char letter : letters.toCharArray()) {
                    words.add(words.get(from) + letter);
                }
            }
        }
        return words;
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
