package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.document;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.screening.RuleBench.methods;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.util.List;
import java.util.Map;
import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.junit.jupiter.api.Test;

/** EMBARGO_ORIGIN, REDLIST_NO_LICENCE and ROUTE_RISK profiles: a listed heading, a listed country in a listed role, a missing document. */
class HsCountryProfileRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final HsCountryProfileRule rule = new HsCountryProfileRule(bench.index);

    @Test
    void shouldFlagACulturalHeadingFromAnEmbargoedOrigin() {
        bench.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));

        List<Hit> hits = hits(rule, declaration("D-1").item("970510", "archaeological collection", "SY").build());

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.EMBARGO_ORIGIN);
            assertThat(hit.getEntryId()).isEqualTo("PRF-SY");
            assertThat(methods(hit)).containsExactly("hs-prefix", "country-origin");
        });
    }

    @Test
    void shouldNotFireOnTheSameHeadingFromAnOriginNotListed() {
        bench.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));

        assertThat(hits(rule, declaration("D-2").item("970510", "archaeological collection", "LB")
            .route("LB", "LB", List.of(), "JO").build())).isEmpty();
    }

    @Test
    void shouldNotFireOnAnEmbargoedOriginUnderAHeadingNotListed() {
        bench.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));

        assertThat(hits(rule, declaration("D-3").item("940360", "wooden furniture, modern", "SY").build())).isEmpty();
    }

    @Test
    void shouldFlagARedListCategoryOnlyWhileItsLicenceIsMissing() {
        bench.list(profile("PRF-RL-YE", 45, "ICOM Red List Yemen", RiskProfile.newBuilder()
            .setRuleType(RuleType.REDLIST_NO_LICENCE).setHsPrefixes(List.of("9705")).setCountries(List.of("YE"))
            .setCountryRoles(List.of(CountryRole.ORIGIN)).setRequiredDocument(DocumentType.EXPORT_LICENCE)));
        CustomsDeclaration unlicensed = declaration("D-4").item("970590", "bronze figurine", "YE").build();
        CustomsDeclaration licensed = declaration("D-5").item("970590", "bronze figurine", "YE").build();
        licensed.setDocuments(List.of(document(DocumentType.EXPORT_LICENCE, "YE-EL-2026-3")));

        assertThat(hits(rule, unlicensed)).singleElement()
            .satisfies(hit -> assertThat(methods(hit)).contains("required-document-absent"));
        assertThat(hits(rule, licensed)).isEmpty();
    }

    @Test
    void shouldFlagARouteThroughAListedHubButNotTheSameGoodsSentDirect() {
        bench.list(profile("PRF-HUB", 35, null, RiskProfile.newBuilder().setRuleType(RuleType.ROUTE_RISK)
            .setHsPrefixes(List.of("97")).setCountries(List.of("LB", "TR")).setCountryRoles(List.of(CountryRole.TRANSIT))));

        assertThat(hits(rule, declaration("D-6").item("970190", "oil painting", "FR")
            .route("FR", "FR", List.of("TR"), "JO").build()))
            .singleElement().satisfies(hit -> assertThat(methods(hit)).contains("country-transit"));
        assertThat(hits(rule, declaration("D-7").item("970190", "oil painting", "FR")
            .route("FR", "FR", List.of(), "JO").build())).isEmpty();
    }

    @Test
    void shouldLeaveAProfileThatNamesAFurtherCheckOfItsTypeToThatChecksRule() {
        bench.list(profile("PRF-HUB-CHECK", 35, null, RiskProfile.newBuilder().setRuleType(RuleType.ROUTE_RISK)
            .setHsPrefixes(List.of("97")).setParameters(Map.of("check", "another-check"))));

        // without the check the profile would fire on the heading alone, as a route profile without countries does
        assertThat(hits(rule, declaration("D-9").item("970190", "oil painting", "FR").build())).isEmpty();
    }

    @Test
    void shouldGiveOneHitPerProfileWithTheEvidenceOfEveryItemItCovers() {
        bench.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));

        List<Hit> hits = hits(rule, declaration("D-8").item("970510", "coins", "SY").item("970590", "pottery shards", "SY").build());

        assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.getEvidence())
            .extracting(e -> e.getField()).contains("items[0].hsCode", "items[1].hsCode"));
    }
}
