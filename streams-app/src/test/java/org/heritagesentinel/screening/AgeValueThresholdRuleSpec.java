package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.document;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.screening.RuleBench.methods;
import static org.heritagesentinel.screening.RuleBench.money;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.util.List;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.junit.jupiter.api.Test;

/** AGE_VALUE_THRESHOLD: old enough, valuable enough, bound by the jurisdiction, and without the required document. */
class AgeValueThresholdRuleSpec {

    private static final int NOT_EVALUABLE_SCORE = 30;

    private final RuleBench bench = new RuleBench();
    private final AgeValueThresholdRule rule = new AgeValueThresholdRule(bench.index, RuleBench.ages(), bench.money(),
        NOT_EVALUABLE_SCORE);

    @Test
    void shouldRequireAnEuImportLicenceForAnAntiqueOver250YearsWhateverItsValue() {
        // Given EU 2019/880 art. 4 and an antique declared in France
        bench.list(profile("PRF-EU-250", 70, "EU 2019/880 art. 4", ageValue(250, null, "EU", DocumentType.IMPORT_LICENCE, "9706")));

        // When
        List<Hit> hits = hits(rule, declaration("D-1").authority("FR").item("970610", "carved chest", "IQ").build());

        // Then
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.AGE_VALUE_THRESHOLD);
            assertThat(methods(hit)).contains("hs-subheading-age", "required-document-absent");
        });
    }

    @Test
    void shouldNotFireWhenTheImportLicenceIsDeclared() {
        bench.list(profile("PRF-EU-250", 70, "EU 2019/880 art. 4", ageValue(250, null, "EU", DocumentType.IMPORT_LICENCE, "9706")));
        CustomsDeclaration licensed = declaration("D-2").authority("FR").item("970610", "carved chest", "IQ").build();
        licensed.getItems().get(0).setDocuments(List.of(document(DocumentType.IMPORT_LICENCE, "FR-IL-2026-77")));

        assertThat(hits(rule, licensed)).isEmpty();
    }

    @Test
    void shouldNotBindADeclarationOutsideTheJurisdiction() {
        bench.list(profile("PRF-EU-250", 70, "EU 2019/880 art. 4", ageValue(250, null, "EU", DocumentType.IMPORT_LICENCE, "9706")));

        assertThat(hits(rule, declaration("D-3").authority("JO").item("970610", "carved chest", "IQ").build())).isEmpty();
    }

    @Test
    void shouldConvertTheValueAtTheRateOfTheFirstOfTheMonthAndFireOnlyAtOrAboveTheThreshold() {
        // Given EU customs rates are monthly: the rate dated the first of the acceptance month applies
        bench.list(profile("PRF-EU-200", 60, "EU 2019/880 art. 5",
            ageValue(201, money("18000", "EUR"), "EU", DocumentType.IMPORTER_STATEMENT, "97")));
        bench.rate("USD", "EUR", "0.90", "2026-11-01").rate("USD", "EUR", "0.10", "2026-11-20");

        // When 25,000 USD = 22,500 EUR and 10,000 USD = 9,000 EUR
        List<Hit> above = hits(rule, sculpture("D-4", "25000", "USD"));
        List<Hit> below = hits(rule, sculpture("D-5", "10000", "USD"));

        // Then
        assertThat(above).singleElement().satisfies(hit -> {
            assertThat(methods(hit)).contains("period-parsed", "value-threshold");
            assertThat(hit.getEvidence()).anySatisfy(e -> assertThat(e.getDeclaredValue()).contains("22500.00 EUR", "2026-11-01"));
        });
        assertThat(below).isEmpty();
    }

    @Test
    void shouldSayNotEvaluableRatherThanPassWhenTheRateOfTheDayIsMissing() {
        bench.list(profile("PRF-EU-200", 60, "EU 2019/880 art. 5",
            ageValue(201, money("18000", "EUR"), "EU", DocumentType.IMPORTER_STATEMENT, "97")));
        // a rate of the acceptance day is no rate of the month's first day
        bench.rate("USD", "EUR", "0.90", "2026-11-20");

        List<Hit> hits = hits(rule, sculpture("D-6", "25000", "USD"));

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.getConfidence()).isZero();
            assertThat(hit.getScore()).isEqualTo(NOT_EVALUABLE_SCORE);
            assertThat(hit.getExplanation()).contains("not evaluable", "USD→EUR");
            assertThat(methods(hit)).contains("rate-missing");
        });
    }

    @Test
    void shouldNotFireOnAnItemYoungerThanTheThreshold() {
        bench.list(profile("PRF-QA-40", 60, "Qatar Law 2/1980", ageValue(40, null, "QA", DocumentType.EXPORT_LICENCE)));
        CustomsDeclaration old = declaration("D-7").authority("QA").item("940360", "wooden chest", "QA").build();
        old.getItems().get(0).setDeclaredPeriod("1950");
        CustomsDeclaration recent = declaration("D-8").authority("QA").item("940360", "wooden chest", "QA").build();
        recent.getItems().get(0).setDeclaredPeriod("2010");

        assertThat(hits(rule, old)).hasSize(1);
        assertThat(hits(rule, recent)).isEmpty();
    }

    private static RiskProfile.Builder ageValue(int minAge, Money minValue, String jurisdiction, DocumentType required,
                                                String... hsPrefixes) {
        return RiskProfile.newBuilder().setRuleType(RuleType.AGE_VALUE_THRESHOLD).setHsPrefixes(List.of(hsPrefixes))
            .setMinAgeYears(minAge).setMinValue(minValue).setJurisdiction(jurisdiction).setRequiredDocument(required);
    }

    private static CustomsDeclaration sculpture(String id, String value, String currency) {
        CustomsDeclaration d = declaration(id).authority("FR").item("970390", "marble bust", "IT").build();
        d.getItems().get(0).setDeclaredPeriod("circa 1800");
        d.getItems().get(0).setStatisticalValue(money(value, currency));
        return d;
    }
}
