package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The aligner skips working out the spelling of two parts whose shared letters say it cannot reach its
 * minimum: the bound must never hide a pair that does reach it, and must spare most pairs that do not.
 */
class SpellingBoundSpec {

    private static final double[] FLOORS = {0.5, 0.6, 0.7, 0.9};

    @Test
    void shouldNeverRuleOutAPairWhoseSpellingReachesTheFloor() throws IOException {
        List<String> names = names();
        int pairs = 0;
        for (String x : names) {
            for (String y : names) {
                double spelling = PartSimilarity.spelling(x, y);
                for (double floor : FLOORS) {
                    if (spelling >= floor) {
                        assertThat(PartSimilarity.spellingCouldReach(x, y, floor))
                                .as("%s / %s spell %.3f alike, floor %.1f", x, y, spelling, floor).isTrue();
                    }
                }
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThan(100_000);
    }

    @Test
    void shouldRuleOutMostPairsOfUnrelatedNames() throws IOException {
        List<String> names = names();
        int below = 0;
        int ruledOut = 0;
        for (String x : names) {
            for (String y : names) {
                if (PartSimilarity.spelling(x, y) < 0.6) {
                    below++;
                    if (!PartSimilarity.spellingCouldReach(x, y, 0.6)) {
                        ruledOut++;
                    }
                }
            }
        }
        assertThat((double) ruledOut / below).isGreaterThan(0.5);
        assertThat(PartSimilarity.spellingCouldReach("youssef", "khoury", 0.6)).isFalse();
        assertThat(PartSimilarity.spellingCouldReach("khoury", "khouri", 0.6)).isTrue();
    }

    @Test
    void shouldAlignTheSamePartsWithTheBoundAsWithout() throws IOException {
        NameParser parser = NameParser.withBundledTables();
        PartSimilarity similarity = new PartSimilarity(PartyScoringTable.defaults());
        List<String> names = names().subList(0, 300);
        for (String x : names) {
            NamePart a = parser.parse(x).parts().get(0);
            for (String y : names) {
                NamePart b = parser.parse(y).parts().get(0);
                PartComparison exact = similarity.compare(a, b);
                PartComparison bounded = similarity.compare(a, b, 0.6);
                if (exact.similarity() >= 0.6) {
                    assertThat(bounded).as("%s / %s", x, y).isEqualTo(exact);
                } else {
                    assertThat(bounded.similarity()).as("%s / %s", x, y).isLessThan(0.6);
                }
            }
        }
    }

    /** Given names of the bundled table and the first family names of the simulation's long tail, lower case. */
    private static List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        read("/party/given-names.tsv", 200, names);
        read("/synthetic/family-name-tail.txt", 400, names);
        return names;
    }

    private static void read(String resource, int limit, List<String> into) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SpellingBoundSpec.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            int read = 0;
            String line;
            while (read < limit && (line = in.readLine()) != null) {
                String word = line.split("\t")[0].strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#") && word.chars().allMatch(Character::isLetter)) {
                    into.add(word);
                    read++;
                }
            }
        }
    }
}
