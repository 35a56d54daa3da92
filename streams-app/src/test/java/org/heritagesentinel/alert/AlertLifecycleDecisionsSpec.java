package org.heritagesentinel.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.screening.ScreeningResult;
import org.junit.jupiter.api.Test;

/**
 * What one screening means for the subject's one alert, given what was decided before (the
 * decisions themselves, without a topology; {@code topology.AlertLifecycleSpec} runs them on the
 * state stores).
 */
class AlertLifecycleDecisionsSpec {

    private static final String KEY = "JO:ASYCUDA:D-1";
    private static final Instant AT = Instant.parse("2026-11-20T09:30:00Z");

    private final AlertLifecycle lifecycle = new AlertLifecycle(new AlertScorer(new SentinelConfig.Scoring(30, 70, 30, 60, 85)));

    @Test
    void shouldRaiseANewAlertOnTheFirstHits() {
        AlertLifecycle.Decision decision = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), null);

        assertThat(decision.alert()).hasValueSatisfying(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.NEW);
            assertThat(alert.getRevision()).isEqualTo(1);
            assertThat(alert.getAlertId()).isEqualTo(AlertIdentity.alertId(SubjectType.DECLARATION, KEY));
            assertThat(alert.getLane()).isEqualTo(Lane.RED);
        });
        assertThat(decision.state().getAlertRevision()).isEqualTo(1);
    }

    @Test
    void shouldRaiseNothingOnACleanFirstScreening() {
        AlertLifecycle.Decision decision = lifecycle.decide(subject(0), result(), null);

        assertThat(decision.alert()).isEmpty();
        assertThat(AlertLifecycle.isOpen(decision.state())).isFalse();
    }

    @Test
    void shouldEmitNothingWhenTheSameVersionIsScreenedAgainWithTheSameHits() {
        ScreeningState raised = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), null).state();

        AlertLifecycle.Decision redelivered = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), raised);

        assertThat(redelivered.alert()).isEmpty();
        assertThat(redelivered.stale()).isFalse();
    }

    @Test
    void shouldUpdateTheAlertWhenTheSameVersionNowHasOtherHits() {
        // a watchlist change re-screens the same version
        ScreeningState raised = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), null).state();

        AlertLifecycle.Decision rescreened = lifecycle.decide(subject(0), result(hit("PTY-1", 80), hit("PRF-SY", 70)), raised);

        assertThat(rescreened.alert()).hasValueSatisfying(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.UPDATED);
            assertThat(alert.getRevision()).isEqualTo(2);
            assertThat(alert.getHits()).hasSize(2);
        });
    }

    @Test
    void shouldUpdateTheAlertWhenAnAmendmentKeepsTheSameHits() {
        ScreeningState raised = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), null).state();

        assertThat(lifecycle.decide(subject(1), result(hit("PTY-1", 80)), raised).alert())
            .hasValueSatisfying(alert -> assertThat(alert.getStatus()).isEqualTo(AlertStatus.UPDATED));
    }

    @Test
    void shouldRetractTheAlertWhenAnAmendmentRemovesEveryHit() {
        ScreeningState raised = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), null).state();

        AlertLifecycle.Decision amended = lifecycle.decide(subject(1), result(), raised);

        assertThat(amended.alert()).hasValueSatisfying(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.RETRACTED);
            assertThat(alert.getScore()).isZero();
            assertThat(alert.getLane()).isEqualTo(Lane.GREEN);
        });
        assertThat(AlertLifecycle.isOpen(amended.state())).isFalse();
    }

    @Test
    void shouldRaiseARetractedAlertAgainAsAnUpdateOfTheSameAlert() {
        ScreeningState raised = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), null).state();
        ScreeningState retracted = lifecycle.decide(subject(1), result(), raised).state();

        assertThat(lifecycle.decide(subject(2), result(hit("PTY-1", 80)), retracted).alert()).hasValueSatisfying(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.UPDATED);
            assertThat(alert.getRevision()).isEqualTo(3);
        });
    }

    @Test
    void shouldIgnoreAnOlderVersionArrivingAfterANewerOne() {
        ScreeningState newer = lifecycle.decide(subject(2), result(hit("PTY-1", 80)), null).state();

        AlertLifecycle.Decision late = lifecycle.decide(subject(1), result(), newer);

        assertThat(late.stale()).isTrue();
        assertThat(late.alert()).isEmpty();
        assertThat(late.state()).isEqualTo(newer);
    }

    @Test
    void shouldRetractAnOpenAlertWhenTheSubjectIsWithdrawnAndThenIgnoreItsRedeliveredVersions() {
        ScreeningState raised = lifecycle.decide(subject(1), result(hit("PTY-1", 80)), null).state();

        AlertLifecycle.Decision withdrawn = lifecycle.withdraw(SubjectType.DECLARATION, KEY, raised, AT, 1);
        AlertLifecycle.Decision redelivered = lifecycle.decide(subject(1), result(hit("PTY-1", 80)), withdrawn.state());

        assertThat(withdrawn.alert()).hasValueSatisfying(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.RETRACTED);
            assertThat(alert.getRevision()).isEqualTo(2);
            assertThat(alert.getAuthority()).isEqualTo("JO");
        });
        assertThat(redelivered.stale()).isTrue();
        assertThat(redelivered.alert()).isEmpty();
    }

    @Test
    void shouldEmitNothingWhenASubjectWithoutAnOpenAlertIsWithdrawn() {
        ScreeningState clean = lifecycle.decide(subject(0), result(), null).state();

        assertThat(lifecycle.withdraw(SubjectType.DECLARATION, KEY, clean, AT, 0).alert()).isEmpty();
        assertThat(lifecycle.withdraw(SubjectType.DECLARATION, KEY, null, AT, -1).alert()).isEmpty();
    }

    @Test
    void shouldEscalateAnUnacknowledgedRedAlertAsTheNextRevisionWithTheSameHits() {
        AlertLifecycle.Decision raised = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), null);
        Alert red = raised.alert().orElseThrow();

        AlertLifecycle.Decision escalated = lifecycle.escalate(red, raised.state(), Duration.ofMinutes(45));

        assertThat(escalated.alert()).hasValueSatisfying(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.ESCALATED);
            assertThat(alert.getRevision()).isEqualTo(2);
            assertThat(alert.getHits()).isEqualTo(red.getHits());
            assertThat(alert.getSummary()).startsWith("ESCALATED, RED and unacknowledged for 45 min");
        });
        assertThat(escalated.state().getAlertRevision()).isEqualTo(2);
    }

    @Test
    void shouldCarryTheDeclarationsLinkKeysThroughEveryLaterDecision() {
        // the declaration's own screening set them (the topology knows a declaration's containers and parties)
        ScreeningState linked = ScreeningState.newBuilder(lifecycle.decide(subject(0), result(), null).state())
            .setLinkKeys(List.of("CONTAINER:MSCU1234565", "PARTY:haddad karim")).build();

        ScreeningState retroHit = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), linked).state();
        AlertLifecycle.Decision raised = lifecycle.decide(subject(0), result(hit("PTY-1", 80)), linked);
        ScreeningState escalated = lifecycle.escalate(raised.alert().orElseThrow(), raised.state(), Duration.ofMinutes(45)).state();
        ScreeningState withdrawn = lifecycle.withdraw(SubjectType.DECLARATION, KEY, retroHit, AT, 1).state();

        assertThat(List.of(retroHit, raised.state(), escalated, withdrawn))
            .allSatisfy(state -> assertThat(state.getLinkKeys()).containsExactly("CONTAINER:MSCU1234565", "PARTY:haddad karim"));
        assertThat(lifecycle.decide(subject(0), result(), null).state().getLinkKeys()).isEmpty();
    }

    private static AlertSubject subject(int version) {
        return new AlertSubject(SubjectType.DECLARATION, KEY, version, "JO", AT, Map.of("JO", List.of("SCREENING")),
            "IMPORT FR→JO");
    }

    private static ScreeningResult result(Hit... hits) {
        return new ScreeningResult(List.of(hits), List.of());
    }

    private static Hit hit(String entryId, int score) {
        return Hit.newBuilder().setRuleType(RuleType.PARTY_WATCHLIST).setEntryId(entryId).setScore(score)
            .setExplanation("entry " + entryId).build();
    }
}
