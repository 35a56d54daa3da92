package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.document;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.screening.RuleBench.methods;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.util.List;
import java.util.Map;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.junit.jupiter.api.Test;

/**
 * ROUTE_RISK, check "origin-not-export": archaeological goods shipped from a country other than the one
 * they come from, as looted objects leave through a neighbour (Syrian material through Lebanon or Turkey).
 */
class OriginNotExportRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final OriginNotExportRule rule = new OriginNotExportRule(bench.index);

    @Test
    void shouldFlagAnArchaeologicalObjectExportedFromANeighbourOfItsOrigin() {
        bench.list(originNotExport("PRF-ONE", List.of("970510"), List.of(), null));

        assertThat(hits(rule, archaeological("D-1", "SY", "LB"))).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.ROUTE_RISK);
            assertThat(hit.getEntryId()).isEqualTo("PRF-ONE");
            assertThat(hit.getScore()).isEqualTo(40);
            assertThat(methods(hit)).containsExactly("hs-prefix", "origin-not-export", "origin-not-export");
            assertThat(hit.getEvidence()).extracting(e -> e.getField() + " " + e.getDeclaredValue() + " " + e.getListedValue())
                .containsExactly("items[0].hsCode 970510 970510*", "items[0].originCountry SY ≠ LB", "route.exportCountry LB ≠ SY");
            assertThat(hit.getExplanation()).isEqualTo("profile PRF-ONE (ROUTE_RISK, EU 2019/880 art. 4): "
                + "items[0].hsCode=970510, items[0].originCountry=SY, route.exportCountry=LB");
        });
    }

    @Test
    void shouldNotFireOnTheSameObjectExportedFromItsCountryOfOrigin() {
        bench.list(originNotExport("PRF-ONE", List.of("970510"), List.of(), null));

        assertThat(hits(rule, archaeological("D-2", "IQ", "IQ"))).isEmpty();
        assertThat(hits(rule, archaeological("D-3", " iq", "IQ"))).as("codes compared normalised").isEmpty();
    }

    @Test
    void shouldNotFireOnGoodsOutsideTheProfilesHeadingsOnTheSameRoute() {
        bench.list(originNotExport("PRF-ONE", List.of("970510"), List.of(), null));

        assertThat(hits(rule, declaration("D-4").item("940360", "wooden furniture, modern", "SY")
            .route("SY", "LB", List.of(), "JO").build())).isEmpty();
    }

    @Test
    void shouldTakeTheRoutesOriginWhenTheItemNamesNone() {
        bench.list(originNotExport("PRF-ONE", List.of("970510"), List.of(), null));
        CustomsDeclaration noItemOrigin = declaration("D-5").item("970510", "clay figurine", null)
            .route("SY", "TR", List.of(), "JO").build();

        assertThat(hits(rule, noItemOrigin)).singleElement()
            .satisfies(hit -> assertThat(hit.getEvidence().get(1).getField()).isEqualTo("route.originCountry"));
    }

    @Test
    void shouldStaySilentWhenTheOriginOrTheExportCountryIsNotDeclared() {
        bench.list(originNotExport("PRF-ONE", List.of("970510"), List.of(), null));

        assertThat(hits(rule, declaration("D-6").item("970510", "clay figurine", null).route(null, "LB", List.of(), "JO")
            .build())).isEmpty();
        assertThat(hits(rule, archaeological("D-7", "SY", null))).isEmpty();
    }

    @Test
    void shouldOnlyFireForTheOriginsTheProfileListsWhenItListsAny() {
        bench.list(originNotExport("PRF-ONE-SY-IQ", List.of("9705"), List.of("SY", "IQ"), null));

        assertThat(hits(rule, archaeological("D-8", "IQ", "JO"))).hasSize(1);
        assertThat(hits(rule, archaeological("D-9", "EG", "JO"))).isEmpty();
    }

    @Test
    void shouldNotFireWhenTheRequiredExportLicenceOfTheOriginIsDeclared() {
        bench.list(originNotExport("PRF-ONE-LIC", List.of("970510"), List.of(), DocumentType.EXPORT_LICENCE));
        CustomsDeclaration unlicensed = archaeological("D-10", "SY", "LB");
        CustomsDeclaration licensed = archaeological("D-11", "SY", "LB");
        licensed.getItems().get(0).setDocuments(List.of(document(DocumentType.EXPORT_LICENCE, "SY-DGAM-2026-0042")));

        assertThat(hits(rule, unlicensed)).singleElement()
            .satisfies(hit -> assertThat(methods(hit)).containsExactly("hs-prefix", "origin-not-export", "origin-not-export",
                "required-document-absent"));
        assertThat(hits(rule, licensed)).isEmpty();
    }

    @Test
    void shouldLeaveAStandardRouteProfileToItsRuleAndKeepItsOwnFromIt() {
        WatchlistEntry hub = profile("PRF-HUB-LB", 35, null, RiskProfile.newBuilder().setRuleType(RuleType.ROUTE_RISK)
            .setHsPrefixes(List.of("9705")).setCountries(List.of("LB")));
        bench.list(hub, originNotExport("PRF-ONE", List.of("970510"), List.of(), null));
        CustomsDeclaration viaLebanon = archaeological("D-12", "SY", "LB");

        assertThat(hits(rule, viaLebanon)).extracting(h -> h.getEntryId()).containsExactly("PRF-ONE");
        assertThat(hits(new HsCountryProfileRule(bench.index), viaLebanon)).extracting(h -> h.getEntryId())
            .containsExactly("PRF-HUB-LB");
    }

    private static CustomsDeclaration archaeological(String id, String origin, String export) {
        return declaration(id).item("970510", "terracotta oil lamp, Roman period", origin).route(origin, export, List.of(), "JO")
            .build();
    }

    private static WatchlistEntry originNotExport(String id, List<String> hsPrefixes, List<String> origins, DocumentType required) {
        return profile(id, 40, "EU 2019/880 art. 4", RiskProfile.newBuilder().setRuleType(RuleType.ROUTE_RISK)
            .setHsPrefixes(hsPrefixes).setCountries(origins).setRequiredDocument(required)
            .setParameters(Map.of("check", OriginNotExportRule.CHECK)));
    }
}
