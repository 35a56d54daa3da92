package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.util.stream.IntStream;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.junit.jupiter.api.Test;

/** RANDOM: a configured share of declarations, drawn by a keyed hash so every replay gives the same answer. */
class RandomSelectionRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final RandomSelectionRule rule = new RandomSelectionRule(bench.index);

    @Test
    void shouldSelectAboutTheConfiguredShareOfDeclarations() {
        bench.list(random("PRF-RANDOM", 0.3));

        long selected = IntStream.range(0, 2_000)
            .filter(i -> !hits(rule, declaration("D-R" + i).build()).isEmpty())
            .count();

        // 2,000 draws at p = 0.3: 600 expected, standard deviation ≈ 20.5; ±80 is about 4 sigma
        assertThat(selected).isBetween(520L, 680L);
    }

    @Test
    void shouldGiveTheSameAnswerEveryTimeTheSameDeclarationIsScreened() {
        bench.list(random("PRF-RANDOM", 0.5));

        for (int i = 0; i < 50; i++) {
            boolean first = !hits(rule, declaration("D-S" + i).build()).isEmpty();
            boolean again = !hits(rule, declaration("D-S" + i).build()).isEmpty();
            assertThat(again).as("declaration D-S" + i).isEqualTo(first);
        }
    }

    @Test
    void shouldSelectExactlyTheDeclarationsWhoseDrawFallsBelowTheRate() {
        bench.list(random("PRF-RANDOM", 0.3));

        for (int i = 0; i < 200; i++) {
            var d = declaration("D-T" + i).build();
            boolean below = RandomSelectionRule.draw("PRF-RANDOM", RuleBench.subject(d).key()) < 0.3;
            assertThat(hits(rule, d)).as("declaration D-T" + i).hasSize(below ? 1 : 0);
        }
    }

    @Test
    void shouldDrawIndependentlyForTwoProfiles() {
        long differ = IntStream.range(0, 200)
            .filter(i -> (RandomSelectionRule.draw("PRF-A", "JO:ASYCUDA:D-" + i) < 0.5)
                != (RandomSelectionRule.draw("PRF-B", "JO:ASYCUDA:D-" + i) < 0.5))
            .count();

        // independent fair draws disagree half the time; the same draw never would
        assertThat(differ).isBetween(60L, 140L);
    }

    @Test
    void shouldSelectNothingWithARateOfZeroOrWithoutARate() {
        bench.list(random("PRF-NEVER", 0.0), profile("PRF-NO-RATE", 30, null, RiskProfile.newBuilder().setRuleType(RuleType.RANDOM)));

        assertThat(IntStream.range(0, 200).filter(i -> !hits(rule, declaration("D-Z" + i).build()).isEmpty())).isEmpty();
    }

    private static WatchlistEntry random(String id, double rate) {
        return profile(id, 30, null, RiskProfile.newBuilder().setRuleType(RuleType.RANDOM).setRate(rate));
    }
}
