package org.heritagesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** One decision topic per authority (issue 21): named like the alert views, and the shared topic's key refused. */
class DecisionTopicsSpec {

    @Test
    void shouldNameEachAuthoritysDecisionTopicInLowerCaseLikeItsAlertView() {
        Topics topics = ConfigLoader.defaultsOnly().topics();

        assertThat(topics.decisionsFor("JO")).isEqualTo("alerts.decisions.jo.v1");
        assertThat(topics.decisionsFor("ma")).isEqualTo("alerts.decisions.ma.v1");
        assertThat(topics.alertsFor("JO")).isEqualTo("alerts.jo.v1");
    }

    @Test
    void shouldFollowTheConfiguredPattern() {
        SentinelConfig config = ConfigLoader.withOverrides(Map.of("topics.authority-decisions-pattern", "region-a.decisions.%s"));

        assertThat(config.topics().decisionsFor("LB")).isEqualTo("region-a.decisions.lb");
    }

    @Test
    void shouldCountEveryAuthoritysDecisionTopicAmongTheInputs() {
        SentinelConfig config = ConfigLoader.withOverrides(Map.of("region.authorities", "JO,MA"));

        assertThat(config.topics().inputs(config.regionAuthorities()))
            .contains("alerts.decisions.jo.v1", "alerts.decisions.ma.v1", "customs.declarations.v1")
            .doesNotContain("alerts.decisions.v1");
    }

    @Test
    void shouldRefuseTheSharedDecisionTopicOfEarlierVersionsWithTheKeyThatReplacesIt() {
        assertThatThrownBy(() -> ConfigLoader.withOverrides(Map.of("topics.alert-decisions", "alerts.decisions.v1")))
            .isInstanceOf(ConfigurationError.class)
            .hasMessageContaining("topics.authority-decisions-pattern");
    }
}
