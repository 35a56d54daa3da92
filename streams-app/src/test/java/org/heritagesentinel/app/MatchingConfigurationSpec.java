package org.heritagesentinel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.ConfigurationError;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.screening.object.ObjectScoringTable;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.screening.party.PartyScoringTable;
import org.junit.jupiter.api.Test;

/** The matchers' numbers come from the one configuration: its defaults, and what an operator replaces. */
class MatchingConfigurationSpec {

    @Test
    void withoutObjectScoringSetScreeningUsesTheShippedTable() {
        assertThat(ScreeningParts.objectTable(config(Map.of()))).isSameAs(ObjectScoringTable.defaults());
    }

    @Test
    void objectScoringReplacesTheNumbersItNames() {
        ObjectScoringTable table = ScreeningParts.objectTable(config(Map.of("matching.object.scoring",
            "genericCap=0.45, maxCandidates=200")));

        assertThat(table.genericCap()).isEqualTo(0.45);
        assertThat(table.maxCandidates()).isEqualTo(200);
        assertThat(table.title()).isEqualTo(ObjectScoringTable.defaults().title());
    }

    @Test
    void aWrongObjectScoringIsOneLineNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of("matching.object.scoring", "genericCap")))
            .isInstanceOf(ConfigurationError.class).hasMessageContaining("matching.object.scoring=genericCap")
            .hasMessageContaining("expected comma-separated NAME=number pairs");
        assertThatThrownBy(() -> ScreeningParts.objectTable(config(Map.of("matching.object.scoring", "genricCap=0.45"))))
            .isInstanceOf(ConfigurationError.class)
            .hasMessageStartingWith("matching.object.scoring: no number named genricCap in the object scoring table")
            .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ScreeningParts.objectTable(config(Map.of("matching.object.scoring", "genericCap=1.2"))))
            .isInstanceOf(ConfigurationError.class)
            .hasMessage("matching.object.scoring: genericCap=1.2: expected a number between 0 and 1");
    }

    @Test
    void withoutPartyScoringSetScreeningUsesTheShippedTableAndTheSettingsHashStays() {
        SentinelConfig shipped = config(Map.of());

        assertThat(ScreeningParts.partyTable(shipped)).isSameAs(PartyScoringTable.defaults());
        assertThat(ScreeningParts.screeningSettings(shipped)).doesNotContain("party");
    }

    @Test
    void partyScoringReplacesTheNumbersItNamesAndChangesTheSettingsHash() {
        SentinelConfig replaced = config(Map.of("matching.party.scoring", "weakAliasFactor=0.8, skeletonFullLength=5"));
        PartyScoringTable table = ScreeningParts.partyTable(replaced);

        assertThat(table.weakAliasFactor()).isEqualTo(0.8);
        assertThat(table.skeletonFullLength()).isEqualTo(5);
        assertThat(table.phonetic()).isEqualTo(PartyScoringTable.defaults().phonetic());
        assertThat(ScreeningParts.screeningSettings(replaced))
            .isNotEqualTo(ScreeningParts.screeningSettings(config(Map.of())));
    }

    @Test
    void aWrongPartyScoringIsOneLineNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of("matching.party.scoring", "weakAliasFactor")))
            .isInstanceOf(ConfigurationError.class).hasMessageContaining("matching.party.scoring=weakAliasFactor")
            .hasMessageContaining("expected comma-separated NAME=number pairs");
        assertThatThrownBy(() -> ScreeningParts.partyTable(config(Map.of("matching.party.scoring", "weakAlias=0.8"))))
            .isInstanceOf(ConfigurationError.class)
            .hasMessageStartingWith("matching.party.scoring: no number named weakAlias in the party scoring table: "
                + "expected one of rarePartWeight,")
            .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ScreeningParts.partyTable(config(Map.of("matching.party.scoring", "phonetic=1.2"))))
            .isInstanceOf(ConfigurationError.class)
            .hasMessage("matching.party.scoring: phonetic=1.2: expected a number between 0 and 1");
    }

    @Test
    void theParsedNamesKeptAreTheOperatorsToSizeAndChangeNoScore() {
        SentinelConfig none = config(Map.of("matching.party.name-cache", "0"));
        PartyNameMatcher uncached = ScreeningParts.partyNameMatcher(none);
        PartyNameMatcher shipped = ScreeningParts.partyNameMatcher(config(Map.of()));

        assertThat(config(Map.of()).partyNameCache()).isEqualTo(400_000);
        assertThat(none.partyNameCache()).isZero();
        for (String[] pair : new String[][] {{"Mohammed Al-Khoury", "KHOURY, Mohamed"}, {"Omar Haddad Trading LLC", "Haddad Trading Co"},
            {"محمد الخوري", "Mohammed Al Khoury"}}) {
            assertThat(uncached.match(pair[0], pair[1]).score()).as(pair[0] + " / " + pair[1])
                .isEqualTo(shipped.match(pair[0], pair[1]).score()).isGreaterThan(0.0);
        }
        assertThat(ScreeningParts.screeningSettings(none)).isEqualTo(ScreeningParts.screeningSettings(config(Map.of())));
    }

    @Test
    void aWrongNameCacheIsOneLineNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of("matching.party.name-cache", "-1")))
            .isInstanceOf(ConfigurationError.class).hasMessageContaining("matching.party.name-cache=-1")
            .hasMessageContaining("expected a whole number 0..10000000").hasMessageNotContaining("\n");
    }

    private static SentinelConfig config(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(overrides);
        settings.put("kafka.bootstrap.servers", "dummy:9092");
        return ConfigLoader.withOverrides(settings);
    }
}
