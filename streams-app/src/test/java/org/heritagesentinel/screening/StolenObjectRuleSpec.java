package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.CONFIG;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.stolenTablet;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.object.ObjectMatcher;
import org.heritagesentinel.testdata.Declarations;
import org.junit.jupiter.api.Test;

/** STOLEN_OBJECT: a declared item is a listed object, by its reference number or by description, period and measurements. */
class StolenObjectRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final StolenObjectRule rule = new StolenObjectRule(bench.index, new ObjectMatcher(), CONFIG.objectMatchThreshold());

    @Test
    void shouldRecogniseAStolenTabletByItsReferenceNumberInTheMarks() {
        bench.list(stolenTablet("OBJ-1", "INTERPOL 2019/1234"));

        assertThat(hits(rule, declared("D-1", "691390", "ceramic tiles (sample)", "ref 2019-1234"))).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.STOLEN_OBJECT);
            assertThat(hit.getEntryId()).isEqualTo("OBJ-1");
            assertThat(hit.getConfidence()).isEqualTo(1.0);
            assertThat(hit.getScore()).isEqualTo(90);
        });
    }

    @Test
    void shouldRecogniseItByDescriptionPeriodAndMeasurements() {
        bench.list(stolenTablet("OBJ-2", "INTERPOL 2020/777"));

        assertThat(hits(rule, declared("D-2", "970510", "cuneiform clay tablet 8 x 5 cm, Old Babylonian", null)))
            .singleElement().satisfies(hit -> assertThat(hit.getConfidence()).isBetween(CONFIG.objectMatchThreshold(), 1.0));
    }

    @Test
    void shouldNotFireOnAGenericDescriptionThatFitsThousandsOfObjects() {
        bench.list(stolenTablet("OBJ-2", "INTERPOL 2020/777"));

        assertThat(hits(rule, declared("D-3", "691390", "clay tablet", null))).isEmpty();
    }

    @Test
    void shouldNotFireOnAnotherReferenceNumberOfTheSameSeries() {
        bench.list(stolenTablet("OBJ-1", "INTERPOL 2019/1234"));

        assertThat(hits(rule, declared("D-4", "691390", "ceramic tiles (sample)", "ref 2019-1235"))).isEmpty();
    }

    @Test
    void shouldNotFireOnAnObjectWhoseListingEndedBeforeTheDeclaration() {
        WatchlistEntry recovered = stolenTablet("OBJ-3", "INTERPOL 2019/1234");
        recovered.setValidTo(Declarations.ACCEPTED.minusSeconds(86_400));
        bench.list(recovered);

        assertThat(hits(rule, declared("D-5", "691390", "ceramic tiles (sample)", "ref 2019-1234"))).isEmpty();
    }

    private static CustomsDeclaration declared(String id, String hs, String description, String marks) {
        return declaration(id).item(DeclarationItem.newBuilder().setItemNumber(1).setHsCode(hs)
            .setDescription(description).setMarks(marks).setOriginCountry("TR").build()).build();
    }
}
