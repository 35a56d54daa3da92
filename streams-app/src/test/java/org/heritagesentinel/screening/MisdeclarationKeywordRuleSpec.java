package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.util.List;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.screening.object.ConceptExtractor;
import org.junit.jupiter.api.Test;

/** MISDECLARATION_KEYWORD: cultural words, in any language, under a "twin" heading such as ceramic tiles or printed matter. */
class MisdeclarationKeywordRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final MisdeclarationKeywordRule rule = new MisdeclarationKeywordRule(bench.index, ConceptExtractor.standard()::concepts);

    @Test
    void shouldFlagClayTabletsDeclaredAsCeramicTiles() {
        bench.list(twinHeadings("tablet", "cuneiform"));

        assertThat(hits(rule, declaration("D-1").item("690721", "ceramic tiles (sample) - cuneiform clay tablets", "TR").build()))
            .singleElement().satisfies(hit -> {
                assertThat(hit.getRuleType()).isEqualTo(RuleType.MISDECLARATION_KEYWORD);
                assertThat(hit.getEvidence()).extracting(Evidence::getListedValue).contains("tablet", "cuneiform");
            });
    }

    @Test
    void shouldNotFireOnTilesDescribedAsTiles() {
        bench.list(twinHeadings("tablet", "cuneiform"));

        assertThat(hits(rule, declaration("D-2").item("690721", "porcelain floor tiles", "ES").build())).isEmpty();
    }

    @Test
    void shouldMatchAFrenchOrArabicKeywordInTheMarksAsWellAsTheDescription() {
        bench.list(twinHeadings("manuscrit", "مخطوط"));
        var marked = declaration("D-3").item("490199", "printed books", "IQ").build();
        marked.getItems().get(0).setMarks("مخطوطات قديمة");

        assertThat(hits(rule, declaration("D-4").item("490199", "Manuscrits enluminés", "FR").build())).hasSize(1);
        assertThat(hits(rule, marked)).singleElement().satisfies(hit ->
            assertThat(hit.getEvidence()).extracting(Evidence::getListedValue).contains("مخطوط"));
    }

    @Test
    void shouldNotFireOnTheSameWordsUnderAHeadingTheProfileDoesNotName() {
        bench.list(twinHeadings("tablet", "cuneiform"));

        assertThat(hits(rule, declaration("D-5").item("970510", "cuneiform clay tablet", "IQ").build())).isEmpty();
    }

    @Test
    void shouldReadACapitalisedKeywordAsAConceptInEveryLanguageOfTheVocabulary() {
        bench.list(twinHeadings("MANUSCRIPT"));

        assertThat(hits(rule, declaration("D-6").item("490199", "manuscrit enluminé", "FR").build()))
            .singleElement().satisfies(hit -> assertThat(hit.getEvidence()).extracting(Evidence::getMethod).contains("concept"));
        assertThat(hits(rule, declaration("D-7").item("490199", "printed catalogue", "FR").build())).isEmpty();
    }

    @Test
    void shouldMatchAKeywordOfFourLettersOrMoreAsTheStartOfAWordButAShorterOneOnlyWhole() {
        bench.list(twinHeadings("coin", "urn"));

        assertThat(hits(rule, declaration("D-8").item("490199", "catalogue of silver coins", "IQ").build())).hasSize(1);
        assertThat(hits(rule, declaration("D-9").item("490199", "catalogue of urns", "IQ").build())).isEmpty();
        assertThat(hits(rule, declaration("D-10").item("490199", "catalogue, one urn", "IQ").build())).hasSize(1);
    }

    private static org.heritagesentinel.avro.WatchlistEntry twinHeadings(String... keywords) {
        return profile("PRF-TWIN", 55, "UNSC 2347 §8", RiskProfile.newBuilder().setRuleType(RuleType.MISDECLARATION_KEYWORD)
            .setHsPrefixes(List.of("6907", "4901", "4906")).setKeywords(List.of(keywords)));
    }
}
