package org.heritagesentinel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.money.ExchangeRates;
import org.heritagesentinel.screening.CulturalTerms;
import org.heritagesentinel.screening.PeriodReader;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

class ProfileTrialSpec {
    private final ProfileTrial trial = new ProfileTrial(ConfigLoader.defaultsOnly(), new ExchangeRates(), PeriodReader.NONE,
        CulturalTerms.NONE);

    @Test
    void shouldReportWhatADraftWouldHaveHitOnTheLatestVersionOfEachDeclaration() {
        WatchlistEntry draft = WatchlistEntries.profile("PRF-TWIN", 55, null, RiskProfile.newBuilder()
            .setRuleType(RuleType.MISDECLARATION_KEYWORD).setHsPrefixes(List.of("6907")).setKeywords(List.of("tablet")));
        draft.setStatus(EntryStatus.DRAFT);
        CustomsDeclaration amendedAway = declaration("D-1").item("690721", "clay tablets", "TR").build();
        CustomsDeclaration amendment = declaration("D-1").version(1).item("690721", "floor tiles", "TR").build();
        CustomsDeclaration hit = declaration("D-2").item("690721", "ceramic tiles (sample), clay tablets", "TR").build();
        CustomsDeclaration clean = declaration("D-3").build();

        ProfileTrial.Report report = trial.run(draft, List.of(entry(amendedAway), entry(hit), entry(clean), entry(amendment)));

        assertThat(report.declarations()).isEqualTo(3);
        assertThat(report.matches()).extracting(ProfileTrial.Match::key).containsExactly("JO:ASYCUDA:D-2");
        assertThat(report.render(10)).contains("PRF-TWIN would have hit 1 of 3 declarations", "JO:ASYCUDA:D-2");
    }

    private static Map.Entry<String, CustomsDeclaration> entry(CustomsDeclaration d) {
        return new AbstractMap.SimpleEntry<>(RecordKeys.declaration(d), d);
    }
}
