package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/**
 * The matcher's own Jaro-Winkler must give every score the library's did, to the last bit: the name bench and
 * every threshold were set with the library's figures.
 */
class JaroWinklerSpec {
    private static final JaroWinklerSimilarity LIBRARY = new JaroWinklerSimilarity();

    @Test
    void givesTheLibrarysFigureToTheLastBitOnWordsOfFewLetters() {
        // few letters, so that most pairs share letters out of order: matches, transpositions and prefixes
        Random random = new Random(20);
        for (int i = 0; i < 20_000; i++) {
            String x = word(random, "abcde");
            String y = random.nextInt(10) == 0 ? x : word(random, "abcde");
            assertThat(JaroWinkler.similarity(x, y)).as("%s / %s", x, y).isEqualTo(LIBRARY.apply(x, y));
        }
    }

    @Test
    void givesTheLibrarysFigureOnNames() {
        String[][] pairs = {{"mohammed", "muhammad"}, {"castro", "castillo"}, {"husain", "hussein"}, {"appel", "apple"},
            {"marcon", "macron"}, {"a", "b"}, {"abdulrahman", "abderrahmane"}, {"x", "xy"}, {"martha", "marhta"}};
        for (String[] pair : pairs) {
            assertThat(JaroWinkler.similarity(pair[0], pair[1])).isEqualTo(LIBRARY.apply(pair[0], pair[1]));
            assertThat(JaroWinkler.similarity(pair[1], pair[0])).isEqualTo(LIBRARY.apply(pair[1], pair[0]));
        }
    }

    private static String word(Random random, String letters) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
