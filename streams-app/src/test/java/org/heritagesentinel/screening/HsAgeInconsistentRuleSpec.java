package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.screening.RuleBench.methods;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.util.List;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HS_AGE_INCONSISTENT: a "modern" subheading whose declared period or words say the item is old. */
class HsAgeInconsistentRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final HsAgeInconsistentRule rule = new HsAgeInconsistentRule(bench.index, RuleBench.ages());

    @BeforeEach
    void listProfile() {
        bench.list(profile("PRF-HS-AGE", 50, null, RiskProfile.newBuilder().setRuleType(RuleType.HS_AGE_INCONSISTENT)
            .setHsPrefixes(List.of("970390", "6913")).setMinAgeYears(100).setKeywords(List.of("antique", "أثري"))));
    }

    @Test
    void shouldFlagAModernSculptureHeadingWhoseDeclaredPeriodIsAncient() {
        assertThat(hits(rule, withPeriod("D-1", "970390", "3rd century BC"))).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.HS_AGE_INCONSISTENT);
            assertThat(methods(hit)).containsExactly("hs-prefix", "period-parsed");
        });
    }

    @Test
    void shouldNotFireOnTheSameHeadingWhenThePeriodIsYoungerThanTheMinimumAge() {
        assertThat(hits(rule, withPeriod("D-2", "970390", "1950"))).isEmpty();
    }

    @Test
    void shouldFlagAnArabicWordOfAntiquityUnderACeramicsHeading() {
        assertThat(hits(rule, declaration("D-3").item("691390", "تمثال خزفي أثري", "FR").build()))
            .singleElement().satisfies(hit -> assertThat(methods(hit)).contains("keyword"));
    }

    @Test
    void shouldNotFireOnAHeadingItsProfileDoesNotCoverEvenWithAnAncientPeriod() {
        assertThat(hits(rule, withPeriod("D-4", "940360", "3rd century BC"))).isEmpty();
    }

    @Test
    void shouldNotFireOnTheHeadingAloneWithoutAnySignOfAge() {
        assertThat(hits(rule, declaration("D-5").item("691390", "ceramic vase", "FR").build())).isEmpty();
    }

    @Test
    void shouldFireFromExactlyTheMinimumAgeAndNotAYearYounger() {
        assertThat(hits(rule, withPeriod("D-6", "970390", "1926"))).hasSize(1);
        assertThat(hits(rule, withPeriod("D-7", "970390", "1927"))).isEmpty();
    }

    @Test
    void shouldWatchTheModernSubheadingsOfChapter97WhenTheProfileNamesNoHeading() {
        RuleBench anyHeading = new RuleBench().list(profile("PRF-HS-AGE-97", 50, null,
            RiskProfile.newBuilder().setRuleType(RuleType.HS_AGE_INCONSISTENT)));
        HsAgeInconsistentRule modernOnly = new HsAgeInconsistentRule(anyHeading.index, RuleBench.ages());

        assertThat(hits(modernOnly, withPeriod("D-8", "970199", "3rd century BC"))).singleElement()
            .satisfies(hit -> assertThat(methods(hit)).containsExactly("hs-modern", "period-parsed"));
        // the same period under the subheading for antiques over 250 years is what the nomenclature asks for
        assertThat(hits(modernOnly, withPeriod("D-9", "970610", "3rd century BC"))).isEmpty();
    }

    private static CustomsDeclaration withPeriod(String id, String hs, String period) {
        CustomsDeclaration d = declaration(id).item(hs, "bronze figure", "FR").build();
        d.getItems().get(0).setDeclaredPeriod(period);
        return d;
    }
}
