package org.heritagesentinel.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DecisionBasisSpec {

    @Test
    void shouldApplyADecisionTakenOnTheDecisionsAppliedSoFarOnly() {
        assertThat(DecisionBasis.applies(0, 0)).isTrue();
        assertThat(DecisionBasis.applies(2, 2)).isTrue();
        assertThat(DecisionBasis.applies(0, 1)).isFalse();
        assertThat(DecisionBasis.applies(3, 2)).isFalse();
    }

    @Test
    void shouldAlwaysApplyADecisionWithoutBasis() {
        assertThat(DecisionBasis.applies(null, 5)).isTrue();
        assertThat(DecisionBasis.applies(null, null)).isTrue();
    }

    @Test
    void shouldReadAHeaderThatIsNoNumberAsNoBasis() {
        assertThat(DecisionBasis.decode(DecisionBasis.encode(12))).isEqualTo(12);
        assertThat(DecisionBasis.decode(" 3 ".getBytes(StandardCharsets.UTF_8))).isEqualTo(3);
        assertThat(DecisionBasis.decode("three".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(DecisionBasis.decode(null)).isNull();
    }

    @Test
    void shouldCountFromZeroOnAnUndecidedAlertAndKeepTheKeptCount() {
        assertThat(DecisionBasis.appliedSoFar(null, false, 4)).isZero();
        assertThat(DecisionBasis.appliedSoFar(2, true, 0)).isEqualTo(2);
    }

    @Test
    void shouldTakeTheFirstBasisAsTheCountOfAnAlertDecidedBeforeCountsWereKept() {
        // an alert decided before the upgrade: how many decisions it had is not known
        Integer adopted = DecisionBasis.appliedSoFar(null, true, 3);
        assertThat(DecisionBasis.applies(3, adopted)).isTrue();
        // the count is then kept: a second decision on the same basis loses, as on any alert
        assertThat(DecisionBasis.applies(3, adopted + 1)).isFalse();
        // a decision without basis leaves the count unknown
        assertThat(DecisionBasis.appliedSoFar(null, true, null)).isNull();
    }
}
