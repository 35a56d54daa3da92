package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The party scoring table as a value: replaced by name, checked, and read by the scorers of the matcher given it. */
class PartyScoringTableSpec {
    private static final PartyScoringTable SHIPPED = PartyScoringTable.defaults();

    @Test
    void withoutReplacementsItIsTheShippedTable() {
        assertThat(SHIPPED.with(Map.of())).isSameAs(SHIPPED);
    }

    @Test
    void aReplacementChangesThatNumberAndNoOther() {
        PartyScoringTable changed = SHIPPED.with(Map.of("weakAliasFactor", 0.5, "skeletonFullLength", 5.0));

        assertThat(changed.weakAliasFactor()).isEqualTo(0.5);
        assertThat(changed.skeletonFullLength()).isEqualTo(5);
        assertThat(changed).isNotEqualTo(SHIPPED);
        assertThat(changed.with(Map.of("weakAliasFactor", SHIPPED.weakAliasFactor(),
            "skeletonFullLength", (double) SHIPPED.skeletonFullLength()))).isEqualTo(SHIPPED);
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesTheTableHas() {
        assertThatThrownBy(() -> SHIPPED.with(Map.of("weakAliasFactr", 0.5)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("no number named weakAliasFactr in the party scoring table: expected one of rarePartWeight, ")
            .hasMessageContaining("weakAliasFactor").hasMessageEndingWith("identifierDiffers");
    }

    @Test
    void aValueOutOfItsRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> SHIPPED.with(Map.of("phonetic", 1.2)))
            .hasMessage("phonetic=1.2: expected a number between 0 and 1");
        assertThatThrownBy(() -> SHIPPED.with(Map.of("sameBirthDate", 2.5)))
            .hasMessage("sameBirthDate=2.5: expected a number between 0 and 2");
        assertThatThrownBy(() -> SHIPPED.with(Map.of("skeletonFullLength", 3.5)))
            .hasMessage("skeletonFullLength=3.5: expected a whole number ≥ 0");
        assertThatThrownBy(() -> SHIPPED.with(Map.of("fullAgreement", 0.0)))
            .hasMessage("fullAgreement=0.0: expected a number above 0");
    }

    @Test
    void aFactorThatRaisesAScoreMayExceedOne() {
        assertThat(SHIPPED.with(Map.of("countryAgrees", 1.1)).countryAgrees()).isEqualTo(1.1);
    }

    @Test
    void theMatcherGivenATableScoresWithIt() {
        PartyNameMatcher shipped = new PartyNameMatcher(NameMatchingConfig.defaults());
        PartyNameMatcher weakAliasHalved = matcher(Map.of("weakAliasFactor", 0.5));

        NameMatch before = shipped.match("Abu Ali", "Abu Ali", ListedPartCounts.NONE, AliasStrength.WEAK);
        NameMatch after = weakAliasHalved.match("Abu Ali", "Abu Ali", ListedPartCounts.NONE, AliasStrength.WEAK);

        assertThat(before.score()).isCloseTo(SHIPPED.weakAliasFactor(), within(1e-9));
        assertThat(after.score()).isCloseTo(0.5, within(1e-9));
        assertThat(after.explanation()).contains("weak alias ×0.5");
    }

    @Test
    void partSimilarityAndWeightsComeFromTheTable() {
        // an initial against its word: the similarity an initial gets, and what an initial weighs
        String declared = "J. Bauerfeind";
        String listed = "Jonas Bauerfeind";
        double shipped = new PartyNameMatcher(NameMatchingConfig.defaults()).match(declared, listed).score();

        assertThat(matcher(Map.of("initial", 0.7)).match(declared, listed).score()).isLessThan(shipped);
        assertThat(matcher(Map.of("initialWeight", 0.9)).match(declared, listed).score()).isNotEqualTo(shipped);
    }

    @Test
    void theFactsThatTellNamesakesApartComeFromTheTable() {
        PartyFacts declared = new PartyFacts(List.of("SY"), null, List.of());
        PartyFacts listed = new PartyFacts(List.of("LB"), null, List.of());

        assertThat(matcher(Map.of()).qualifiers().adjust(1.0, declared, listed).score())
            .isEqualTo(SHIPPED.countryContradicts());
        assertThat(matcher(Map.of("countryContradicts", 0.5)).qualifiers().adjust(1.0, declared, listed).score())
            .isEqualTo(0.5);
    }

    private static PartyNameMatcher matcher(Map<String, Double> overrides) {
        return new PartyNameMatcher(NameMatchingConfig.defaults().withScoring(SHIPPED.with(overrides)));
    }
}
