package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.screening.RuleBench.methods;
import static org.heritagesentinel.screening.RuleBench.money;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.util.List;
import java.util.Map;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** VALUE_ANOMALY: a unit value below a tenth of the reference (the default 1,200 USD declared value of a test item). */
class ValueAnomalyRuleSpec {

    private static final int NOT_EVALUABLE_SCORE = 25;

    private final RuleBench bench = new RuleBench();
    private final ValueAnomalyRule rule = new ValueAnomalyRule(bench.index, bench.money(), NOT_EVALUABLE_SCORE);

    @BeforeEach
    void listProfile() {
        bench.list(profile("PRF-VALUE", 40, null, RiskProfile.newBuilder().setRuleType(RuleType.VALUE_ANOMALY)
            .setHsPrefixes(List.of("6907")).setMinValue(money("500", "USD")).setParameters(Map.of("per", "item", "ratio", "0.1"))));
    }

    @Test
    void shouldFlagTabletsInvoicedAtAFewDollarsAPiece() {
        assertThat(hits(rule, tiles("D-1", 400))).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.VALUE_ANOMALY);
            assertThat(methods(hit)).contains("unit-value-below-reference");
            assertThat(hit.getEvidence()).anySatisfy(e -> assertThat(e.getDeclaredValue()).contains("3.00 USD each"));
        });
    }

    @Test
    void shouldNotFireAtExactlyTheTenthOfTheReference() {
        // 1,200 USD for 24 pieces: 50 USD each, the floor itself
        assertThat(hits(rule, tiles("D-2", 24))).isEmpty();
    }

    @Test
    void shouldFireJustBelowTheTenthOfTheReference() {
        // 1,200 USD for 25 pieces: 48 USD each
        assertThat(hits(rule, tiles("D-3", 25))).hasSize(1);
    }

    @Test
    void shouldSayNotEvaluableWhenTheDeclaredCurrencyCannotBeConverted() {
        CustomsDeclaration inDinars = tiles("D-4", 400);
        inDinars.getItems().get(0).setStatisticalValue(money("850", "JOD"));

        assertThat(hits(rule, inDinars)).singleElement().satisfies(hit -> {
            assertThat(hit.getScore()).isEqualTo(NOT_EVALUABLE_SCORE);
            assertThat(hit.getExplanation()).contains("not evaluable", "JOD→USD");
        });
    }

    @Test
    void shouldNotJudgeAnItemWithoutQuantityOrPackages() {
        CustomsDeclaration uncounted = declaration("D-5").item("690721", "clay tiles", "TR").build();

        assertThat(hits(rule, uncounted)).isEmpty();
    }

    private static CustomsDeclaration tiles(String id, double quantity) {
        CustomsDeclaration d = declaration(id).item("690721", "clay tiles", "TR").build();
        d.getItems().get(0).setQuantity(quantity);
        return d;
    }
}
