package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.CONFIG;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.stolenTablet;

import java.util.List;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.object.ObjectMatcher;
import org.heritagesentinel.testdata.Declarations;
import org.heritagesentinel.testdata.WatchlistEntries;
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

    @Test
    void shouldReportAGenericDescriptionAndPeriodStatedAsListedWhileFewListedObjectsShareIt() {
        int allowed = new ObjectMatcher().table().maxSameDescription();
        for (int i = 0; i < allowed; i++) {
            bench.list(fibula("FIB-" + i));
        }

        assertThat(hits(rule, fibulaDeclared("D-6"))).hasSize(allowed)
            .allSatisfy(hit -> assertThat(hit.getExplanation()).contains(ObjectMatcher.SAME_DESCRIPTION_AND_PERIOD));
    }

    @Test
    void shouldReportNoneWhenMoreListedObjectsShareTheGenericDescriptionThanTheTableAllows() {
        int allowed = new ObjectMatcher().table().maxSameDescription();
        for (int i = 0; i <= allowed; i++) {
            bench.list(fibula("FIB-" + i));
        }

        assertThat(hits(rule, fibulaDeclared("D-7"))).isEmpty();
    }

    private static WatchlistEntry fibula(String entryId) {
        return WatchlistEntries.base(entryId, EntryKind.OBJECT).setRiskWeight(80).setReason("stolen from a museum")
            .setObject(ObjectDescription.newBuilder().setTitle("Bronze fibula").setPeriod("III - IV century AD")
                .setReferenceNumbers(List.of(entryId)).build())
            .build();
    }

    private static CustomsDeclaration fibulaDeclared(String id) {
        return declared(id, "970590", "Metal object: Bronze fibula", null, "III – IV century AD");
    }

    private static CustomsDeclaration declared(String id, String hs, String description, String marks, String period) {
        return declaration(id).item(DeclarationItem.newBuilder().setItemNumber(1).setHsCode(hs)
            .setDescription(description).setMarks(marks).setDeclaredPeriod(period).setOriginCountry("TR").build()).build();
    }

    private static CustomsDeclaration declared(String id, String hs, String description, String marks) {
        return declaration(id).item(DeclarationItem.newBuilder().setItemNumber(1).setHsCode(hs)
            .setDescription(description).setMarks(marks).setOriginCountry("TR").build()).build();
    }
}
