package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.screening.RuleBench.methods;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.util.List;
import java.util.Map;
import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.TransportMode;
import org.junit.jupiter.api.Test;

/** CONVEYANCE_RISK: cultural goods sent by a listed means of transport (post, courier), optionally on a listed route. */
class ConveyanceRiskRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final ConveyanceRiskRule rule = new ConveyanceRiskRule(bench.index);

    @Test
    void shouldFlagCoinsSentByPost() {
        bench.list(postOrCourier());

        assertThat(hits(rule, sent("D-1", "970531", TransportMode.POSTAL, List.of()))).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.CONVEYANCE_RISK);
            assertThat(methods(hit)).containsExactly("transport-mode", "hs-prefix");
        });
    }

    @Test
    void shouldNotFireOnTheSameCoinsSentBySea() {
        bench.list(postOrCourier());

        assertThat(hits(rule, sent("D-2", "970531", TransportMode.SEA, List.of()))).isEmpty();
    }

    @Test
    void shouldNotFireOnGoodsOutsideTheProfilesHeadingsSentByPost() {
        bench.list(postOrCourier());

        assertThat(hits(rule, sent("D-3", "940360", TransportMode.POSTAL, List.of()))).isEmpty();
    }

    @Test
    void shouldRequireTheListedCountryOnTheRouteWhenTheProfileNamesOne() {
        bench.list(profile("PRF-COURIER-TR", 30, null, RiskProfile.newBuilder().setRuleType(RuleType.CONVEYANCE_RISK)
            .setHsPrefixes(List.of("97")).setTransportModes(List.of(TransportMode.EXPRESS_COURIER))
            .setCountries(List.of("TR")).setCountryRoles(List.of(CountryRole.TRANSIT))));

        assertThat(hits(rule, sent("D-4", "970531", TransportMode.EXPRESS_COURIER, List.of("TR"))))
            .singleElement().satisfies(hit -> assertThat(methods(hit)).contains("country-transit"));
        assertThat(hits(rule, sent("D-5", "970531", TransportMode.EXPRESS_COURIER, List.of("CY")))).isEmpty();
    }

    @Test
    void shouldLeaveAProfileThatNamesAFurtherCheckOfItsTypeToThatChecksRule() {
        bench.list(profile("PRF-POST-CHECK", 30, null, RiskProfile.newBuilder().setRuleType(RuleType.CONVEYANCE_RISK)
            .setHsPrefixes(List.of("97")).setTransportModes(List.of(TransportMode.POSTAL))
            .setParameters(Map.of("check", "another-check"))));

        assertThat(hits(rule, sent("D-6", "970531", TransportMode.POSTAL, List.of()))).isEmpty();
    }

    private static org.heritagesentinel.avro.WatchlistEntry postOrCourier() {
        return profile("PRF-POST", 30, null, RiskProfile.newBuilder().setRuleType(RuleType.CONVEYANCE_RISK)
            .setHsPrefixes(List.of("97")).setTransportModes(List.of(TransportMode.POSTAL, TransportMode.EXPRESS_COURIER)));
    }

    private static CustomsDeclaration sent(String id, String hs, TransportMode mode, List<String> transit) {
        CustomsDeclaration d = declaration(id).item(hs, "coins", "IQ").route("IQ", "IQ", transit, "JO").build();
        d.getTransport().setMode(mode);
        return d;
    }
}
