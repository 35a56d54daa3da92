package org.heritagesentinel.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.config.SentinelConfig;
import org.junit.jupiter.api.Test;

/** Hits combined as independent evidence, 1 − Π(1 − sᵢ/100), then mapped to a severity and an inspection lane. */
class AlertScorerSpec {

    /** yellow from 30, red from 70; medium from 30, high from 60, critical from 85 (the defaults). */
    private final AlertScorer scorer = new AlertScorer(new SentinelConfig.Scoring(30, 70, 30, 60, 85));

    @Test
    void shouldScoreNoHitsAsZeroLowGreen() {
        assertThat(scorer.score(List.of())).isEqualTo(new AlertScorer.Scored(0, Severity.LOW, Lane.GREEN));
    }

    @Test
    void shouldKeepTheScoreOfASingleHit() {
        assertThat(scorer.score(List.of(hit(60))).score()).isEqualTo(60);
    }

    @Test
    void shouldRankTwoWeakHitsAboveEitherAlone() {
        // 1 − 0.5 × 0.5 = 0.75
        assertThat(scorer.score(List.of(hit(50), hit(50))).score()).isEqualTo(75);
    }

    @Test
    void shouldNotDependOnTheOrderOfTheHits() {
        List<Hit> hits = new ArrayList<>(List.of(hit(10), hit(35), hit(80), hit(5)));
        int inOrder = scorer.score(hits).score();
        Collections.reverse(hits);

        assertThat(scorer.score(hits).score()).isEqualTo(inOrder);
    }

    @Test
    void shouldNeverExceedOneHundredHoweverManyHitsOrOutOfRangeScores() {
        List<Hit> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(hit(95));
        }
        many.add(hit(250));
        many.add(hit(-40));

        assertThat(scorer.score(many).score()).isEqualTo(100);
        assertThat(scorer.score(List.of(hit(-40))).score()).isZero();
    }

    @Test
    void shouldPutAScoreOnTheRedThresholdInTheRedLaneAndOneBelowInTheYellow() {
        assertThat(scorer.score(List.of(hit(70)))).isEqualTo(new AlertScorer.Scored(70, Severity.HIGH, Lane.RED));
        assertThat(scorer.score(List.of(hit(69)))).isEqualTo(new AlertScorer.Scored(69, Severity.HIGH, Lane.YELLOW));
    }

    @Test
    void shouldPutAScoreBelowTheYellowThresholdInTheGreenLane() {
        assertThat(scorer.score(List.of(hit(29)))).isEqualTo(new AlertScorer.Scored(29, Severity.LOW, Lane.GREEN));
        assertThat(scorer.score(List.of(hit(30)))).isEqualTo(new AlertScorer.Scored(30, Severity.MEDIUM, Lane.YELLOW));
    }

    @Test
    void shouldCallAScoreFromTheCriticalThresholdCritical() {
        assertThat(scorer.score(List.of(hit(85))).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(scorer.score(List.of(hit(84))).severity()).isEqualTo(Severity.HIGH);
    }

    private static Hit hit(int score) {
        return Hit.newBuilder().setRuleType(RuleType.PARTY_WATCHLIST).setEntryId("PTY-" + score).setScore(score)
            .setExplanation("listed party").build();
    }
}
