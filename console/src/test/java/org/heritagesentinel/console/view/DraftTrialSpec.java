package org.heritagesentinel.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.heritagesentinel.app.ProfileTrial;
import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** Issue 15: "test this draft" screens the authority's own declarations of the last days against the draft alone. */
class DraftTrialSpec {
    private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");
    private final Declarations declarations = new Declarations();
    private final DraftTrial trial = new DraftTrial(ConfigLoader.defaultsOnly(), declarations);

    @Test
    void theDraftHitsOnlyTheAuthoritysDeclarationsOfThePeriodAndIsNeverActive() {
        declarations.put("JO:ASYCUDA:RECENT", syrianCoins("RECENT", "JO", NOW.minus(Duration.ofDays(2))));
        declarations.put("JO:ASYCUDA:OLD", syrianCoins("OLD", "JO", NOW.minus(Duration.ofDays(40))));
        declarations.put("MA:BADR:OTHER", syrianCoins("OTHER", "MA", NOW.minus(Duration.ofDays(1))));
        WatchlistEntry draft = WatchlistEntry.newBuilder().setEntryId("PRF-JO-TRIAL").setKind(EntryKind.RISK_PROFILE)
            .setStatus(EntryStatus.DRAFT).setListingAuthority("JO").setSharingScope(SharingScope.REGIONAL).setRiskWeight(70)
            .setProfile(RiskProfile.newBuilder().setRuleType(RuleType.EMBARGO_ORIGIN).setHsPrefixes(List.of("9705"))
                .setCountries(List.of("SY")).setCountryRoles(List.of(CountryRole.ORIGIN)).build())
            .build();

        ProfileTrial.Report report = trial.run(draft, "JO", 30, NOW);

        assertThat(report.declarations()).isEqualTo(1);
        assertThat(report.matches()).extracting(ProfileTrial.Match::key).containsExactly("JO:ASYCUDA:RECENT");
        assertThat(draft.getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThat(trial.run(draft, "JO", 60, NOW).matches()).hasSize(2);
    }

    private static CustomsDeclaration syrianCoins(String id, String authority, Instant acceptedAt) {
        return CustomsDeclaration.newBuilder().setDeclarationId(id).setAuthority(authority).setSourceSystem("ASYCUDA")
            .setType(DeclarationType.IMPORT).setAcceptedAt(acceptedAt).setOfficeOfDeclaration(authority + "01")
            .setRoute(Route.newBuilder().setOriginCountry("SY").setDestinationCountry(authority).build())
            .setTransport(Transport.newBuilder().setMode(TransportMode.ROAD).build())
            .setItems(List.of(DeclarationItem.newBuilder().setItemNumber(1).setHsCode("970500")
                .setDescription("Roman bronze coins").setOriginCountry("SY")
                .setStatisticalValue(new Money(new BigDecimal("18500.0000"), "USD")).build()))
            .build();
    }
}
