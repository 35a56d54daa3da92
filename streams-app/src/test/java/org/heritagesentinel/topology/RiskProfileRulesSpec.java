package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.ExchangeRate;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.PeriodReader;
import org.heritagesentinel.screening.RandomSelectionRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Risk profiles are data: one specification per rule type, through the whole topology. */
class RiskProfileRulesSpec {
    /** Stands in for the object-description period parser: the periods these specifications use. */
    private static final Map<String, PeriodReader.MadeBetween> PERIODS = Map.of(
        "3rd century BC", new PeriodReader.MadeBetween(-299, -200),
        "circa 1800", new PeriodReader.MadeBetween(1790, 1810),
        "1950", new PeriodReader.MadeBetween(1950, 1950));
    private static final PeriodReader READER = new PeriodReader() {
        @Override
        public Optional<MadeBetween> period(String field) {
            return Optional.ofNullable(PERIODS.get(field));
        }

        @Override
        public Optional<MadeBetween> periodIn(String description) {
            return PERIODS.entrySet().stream().filter(e -> description.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
        }
    };

    private final List<TopologyHarness> harnesses = new ArrayList<>();
    private TopologyHarness harness = harness();

    private TopologyHarness harness() {
        TopologyHarness h = new TopologyHarness(Map.of(), READER);
        harnesses.add(h);
        return h;
    }

    @AfterEach
    void stop() {
        harnesses.forEach(TopologyHarness::close);
    }

    // ------------------------------------------------------------------ AGE_VALUE_THRESHOLD

    @Test
    void shouldRequireAnEuImportLicenceForObjectsOf250YearsWhateverTheirValue() {
        harness.list(profile("PRF-EU-250", 70, "EU 2019/880 art. 4", ageValue(250, null, "EU", DocumentType.IMPORT_LICENCE,
            "9705", "9706")));

        harness.declare(declaration("D-1").authority("FR").item("970610", "carved chest", "IQ").build());
        CustomsDeclaration licensed = declaration("D-2").authority("FR").item("970610", "carved chest", "IQ").build();
        licensed.getItems().get(0).setDocuments(List.of(document(DocumentType.IMPORT_LICENCE, "FR-IL-2026-77")));
        harness.declare(licensed);
        harness.declare(declaration("D-3").authority("JO").item("970610", "carved chest", "IQ").build());

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey).containsExactly("FR:ASYCUDA:D-1");
        assertThat(alerts.get(0).getHits()).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.AGE_VALUE_THRESHOLD);
            assertThat(hit.getEvidence()).extracting(e -> e.getMethod())
                .contains("hs-subheading-age", "required-document-absent");
            assertThat(hit.getExplanation()).contains("EU 2019/880");
        });
    }

    @Test
    void shouldConvertTheValueAtTheRateOfTheDayTheJurisdictionNames() {
        harness.list(profile("PRF-EU-200", 60, "EU 2019/880 art. 5",
            ageValue(201, money("18000", "EUR"), "EU", DocumentType.IMPORTER_STATEMENT, "97")));
        // EU customs rates are monthly: the rate dated the first of the acceptance month applies
        harness.rate(rate("USD", "EUR", "0.90", LocalDate.parse("2026-11-01")));
        harness.rate(rate("USD", "EUR", "0.10", LocalDate.parse("2026-11-20")));

        harness.declare(sculpture("D-4", "25000", "USD"));
        harness.declare(sculpture("D-5", "10000", "USD"));

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey).containsExactly("FR:ASYCUDA:D-4");
        Hit hit = alerts.get(0).getHits().get(0);
        assertThat(hit.getConfidence()).isEqualTo(1.0);
        assertThat(hit.getEvidence()).anySatisfy(e -> {
            assertThat(e.getMethod()).isEqualTo("value-threshold");
            assertThat(e.getDeclaredValue()).contains("22500.00 EUR", "0.9", "2026-11-01");
        });
        assertThat(hit.getEvidence()).anySatisfy(e -> assertThat(e.getMethod()).isEqualTo("period-parsed"));
    }

    @Test
    void shouldRaiseANotEvaluableHitWhenTheRateOfTheDayIsMissing() {
        harness.list(profile("PRF-EU-200", 60, "EU 2019/880 art. 5",
            ageValue(201, money("18000", "EUR"), "EU", DocumentType.IMPORTER_STATEMENT, "97")));
        // a rate of the acceptance day is no rate of the month's first day
        harness.rate(rate("USD", "EUR", "0.90", LocalDate.parse("2026-11-20")));

        harness.declare(sculpture("D-6", "25000", "USD"));

        Hit hit = harness.alerts.readValue().getHits().get(0);
        assertThat(hit.getRuleType()).isEqualTo(RuleType.AGE_VALUE_THRESHOLD);
        assertThat(hit.getConfidence()).isZero();
        assertThat(hit.getScore()).isEqualTo(30);
        assertThat(hit.getExplanation()).contains("not evaluable", "USD→EUR", "2026-11-01");
        assertThat(hit.getEvidence()).anySatisfy(e -> assertThat(e.getMethod()).isEqualTo("rate-missing"));
    }

    @Test
    void shouldApplyANationalAgeThresholdOnlyToItsOwnDeclarations() {
        harness.list(profile("PRF-QA-40", 60, "Qatar Law 2/1980 on antiquities",
            ageValue(40, null, "QA", DocumentType.EXPORT_LICENCE)));

        harness.declare(withPeriod(declaration("D-7").authority("QA").item("940360", "wooden chest", "QA").build(), "1950"));
        harness.declare(withPeriod(declaration("D-8").authority("JO").item("940360", "wooden chest", "QA").build(), "1950"));

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey).containsExactly("QA:ASYCUDA:D-7");
    }

    // ------------------------------------------------------------------ HS_AGE_INCONSISTENT

    @Test
    void shouldFlagAModernSubheadingWhoseDeclaredPeriodOrWordsSayAntique() {
        harness.list(profile("PRF-HS-AGE", 50, null, RiskProfile.newBuilder().setRuleType(RuleType.HS_AGE_INCONSISTENT)
            .setHsPrefixes(List.of("970390", "6913")).setMinAgeYears(100).setKeywords(List.of("antique", "أثري"))));

        harness.declare(withPeriod(declaration("D-9").item("970390", "bronze figure", "FR").build(), "3rd century BC"));
        harness.declare(declaration("D-10").item("691390", "تمثال خزفي أثري", "FR").build());
        harness.declare(withPeriod(declaration("D-11").item("970390", "bronze figure", "FR").build(), "1950"));

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-9", "JO:ASYCUDA:D-10");
        assertThat(alerts).allSatisfy(a -> assertThat(a.getHits()).extracting(Hit::getRuleType)
            .containsExactly(RuleType.HS_AGE_INCONSISTENT));
    }

    // ------------------------------------------------------------------ MISDECLARATION_KEYWORD

    @Test
    void shouldCatchCulturalWordsInEnglishFrenchAndArabicUnderTwinHeadings() {
        harness.list(profile("PRF-TWIN", 55, "UNSC 2347 §8", RiskProfile.newBuilder().setRuleType(RuleType.MISDECLARATION_KEYWORD)
            .setHsPrefixes(List.of("6907", "4901", "4906"))
            .setKeywords(List.of("tablet", "cuneiform", "manuscrit", "مخطوط"))));

        harness.declare(declaration("D-12").item("690721", "ceramic tiles (sample) - clay tablets", "TR").build());
        harness.declare(declaration("D-13").item("490199", "Manuscrits enluminés", "FR").build());
        harness.declare(declaration("D-14").item("490199", "مخطوطات قديمة", "IQ").build());
        harness.declare(declaration("D-15").item("690721", "porcelain floor tiles", "ES").build());

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey)
            .containsExactly("JO:ASYCUDA:D-12", "JO:ASYCUDA:D-13", "JO:ASYCUDA:D-14");
        assertThat(alerts.get(2).getHits().get(0).getEvidence()).anySatisfy(e -> {
            assertThat(e.getMethod()).isEqualTo("keyword");
            assertThat(e.getListedValue()).isEqualTo("مخطوط");
        });
    }

    // ------------------------------------------------------------------ VALUE_ANOMALY

    @Test
    void shouldFlagAUnitValueFarBelowTheReferenceAndSayWhenItCannotTell() {
        harness.list(profile("PRF-VALUE", 40, null, RiskProfile.newBuilder().setRuleType(RuleType.VALUE_ANOMALY)
            .setHsPrefixes(List.of("6907")).setMinValue(money("500", "USD")).setParameters(Map.of("per", "item", "ratio", "0.1"))));

        harness.declare(quantity(declaration("D-16").item("690721", "clay tiles", "TR").build(), 400)); // 3 USD a piece
        harness.declare(quantity(declaration("D-17").item("690721", "clay tiles", "TR").build(), 2)); // 600 USD a piece
        CustomsDeclaration inDinars = quantity(declaration("D-18").item("690721", "clay tiles", "TR").build(), 400);
        inDinars.getItems().get(0).setStatisticalValue(money("850", "JOD"));
        harness.declare(inDinars);

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-16", "JO:ASYCUDA:D-18");
        assertThat(alerts.get(0).getHits().get(0).getEvidence()).anySatisfy(e ->
            assertThat(e.getDeclaredValue()).contains("3.00 USD each"));
        assertThat(alerts.get(1).getHits().get(0).getExplanation()).contains("not evaluable", "JOD→USD");
    }

    // ------------------------------------------------------------------ ROUTE_RISK, REDLIST_NO_LICENCE, CONVEYANCE_RISK

    @Test
    void shouldFlagARouteThroughAKnownHub() {
        harness.list(profile("PRF-HUB", 35, null, RiskProfile.newBuilder().setRuleType(RuleType.ROUTE_RISK)
            .setHsPrefixes(List.of("97")).setCountries(List.of("LB", "TR")).setCountryRoles(List.of(CountryRole.TRANSIT))));

        harness.declare(declaration("D-19").route("SY", "LB", List.of("TR"), "JO").item("970190", "painting", "SY").build());
        harness.declare(declaration("D-20").item("970190", "painting", "FR").build());

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-19");
        assertThat(alerts.get(0).getHits().get(0).getEvidence()).anySatisfy(e ->
            assertThat(e.getMethod()).isEqualTo("country-transit"));
    }

    @Test
    void shouldFlagARedListCategoryWithoutAnExportLicence() {
        harness.list(profile("PRF-RL-YE", 45, "ICOM Red List Yemen", RiskProfile.newBuilder()
            .setRuleType(RuleType.REDLIST_NO_LICENCE).setHsPrefixes(List.of("9705")).setCountries(List.of("YE"))
            .setCountryRoles(List.of(CountryRole.ORIGIN)).setRequiredDocument(DocumentType.EXPORT_LICENCE)));

        harness.declare(declaration("D-21").item("970510", "funerary stele", "YE").build());
        CustomsDeclaration licensed = declaration("D-22").item("970510", "funerary stele", "YE").build();
        licensed.setDocuments(List.of(document(DocumentType.EXPORT_LICENCE, "YE-EL-2026-3")));
        harness.declare(licensed);

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-21");
    }

    @Test
    void shouldFlagCulturalGoodsSentByPostOrCourier() {
        harness.list(profile("PRF-POST", 30, null, RiskProfile.newBuilder().setRuleType(RuleType.CONVEYANCE_RISK)
            .setHsPrefixes(List.of("97")).setTransportModes(List.of(TransportMode.POSTAL, TransportMode.EXPRESS_COURIER))));

        CustomsDeclaration posted = declaration("D-23").item("970531", "coins", "IQ").build();
        posted.getTransport().setMode(TransportMode.POSTAL);
        harness.declare(posted);
        harness.declare(declaration("D-24").item("970531", "coins", "IQ").build());

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-23");
        assertThat(alerts.get(0).getHits()).extracting(Hit::getRuleType).containsExactly(RuleType.CONVEYANCE_RISK);
    }

    // ------------------------------------------------------------------ RANDOM

    @Test
    void shouldSelectTheConfiguredShareAtRandomAndGiveTheSameAnswerOnReplay() {
        WatchlistEntry random = profile("PRF-RANDOM", 30, null, RiskProfile.newBuilder().setRuleType(RuleType.RANDOM).setRate(0.3));
        TopologyHarness replay = harness();
        harness.list(random);
        replay.list(random);

        for (int i = 0; i < 100; i++) {
            harness.declare(declaration("D-R" + i).build());
            harness.declare(declaration("D-R" + i).build()); // redelivery
            replay.declare(declaration("D-R" + i).build());
        }

        List<String> selected = harness.alerts.readValuesToList().stream().map(Alert::getSubjectKey).toList();
        assertThat(selected).hasSizeBetween(15, 45).doesNotHaveDuplicates();
        assertThat(replay.alerts.readValuesToList()).extracting(Alert::getSubjectKey).isEqualTo(selected);
        assertThat(selected).allSatisfy(key -> assertThat(RandomSelectionRule.draw("PRF-RANDOM", key)).isLessThan(0.3));
    }

    // ------------------------------------------------------------------ governance

    @Test
    void shouldMatchNeitherADraftNorAProfileOutsideItsValidity() {
        WatchlistEntry draft = profile("PRF-DRAFT", 60, null, RiskProfile.newBuilder().setRuleType(RuleType.CONVEYANCE_RISK)
            .setTransportModes(List.of(TransportMode.SEA)));
        draft.setStatus(EntryStatus.DRAFT);
        WatchlistEntry future = profile("PRF-FUTURE", 60, null, RiskProfile.newBuilder().setRuleType(RuleType.CONVEYANCE_RISK)
            .setTransportModes(List.of(TransportMode.SEA)));
        future.setValidFrom(Instant.parse("2026-12-01T00:00:00Z"));
        harness.list(draft);
        harness.list(future);

        harness.declare(declaration("D-25").build());

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRefuseAProfileThatCannotMatchAnything() {
        harness.submissions.pipeInput("PRF-BAD", profile("PRF-BAD", 40, null,
            RiskProfile.newBuilder().setRuleType(RuleType.VALUE_ANOMALY).setHsPrefixes(List.of("6907"))));

        assertThat(harness.entries.isEmpty()).isTrue();
        assertThat(harness.deadLetters.readRecordsToList()).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    private static RiskProfile.Builder ageValue(int minAge, Money minValue, String jurisdiction, DocumentType required,
                                                String... hsPrefixes) {
        return RiskProfile.newBuilder().setRuleType(RuleType.AGE_VALUE_THRESHOLD).setHsPrefixes(List.of(hsPrefixes))
            .setMinAgeYears(minAge).setMinValue(minValue).setJurisdiction(jurisdiction).setRequiredDocument(required);
    }

    private static CustomsDeclaration sculpture(String id, String value, String currency) {
        CustomsDeclaration d = withPeriod(declaration(id).authority("FR").item("970390", "marble bust", "IT").build(), "circa 1800");
        d.getItems().get(0).setStatisticalValue(money(value, currency));
        return d;
    }

    private static CustomsDeclaration withPeriod(CustomsDeclaration d, String period) {
        d.getItems().get(0).setDeclaredPeriod(period);
        return d;
    }

    private static CustomsDeclaration quantity(CustomsDeclaration d, double quantity) {
        DeclarationItem item = d.getItems().get(0);
        item.setQuantity(quantity);
        return d;
    }

    private static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(new BigDecimal(amount).setScale(4)).setCurrency(currency).build();
    }

    private static ExchangeRate rate(String base, String quote, String rate, LocalDate day) {
        return ExchangeRate.newBuilder().setBaseCurrency(base).setQuoteCurrency(quote)
            .setRate(new BigDecimal(rate).setScale(8)).setValidOn(day).setSource("ECB").build();
    }

    private static DocumentReference document(DocumentType type, String reference) {
        return DocumentReference.newBuilder().setType(type).setReference(reference).build();
    }
}
