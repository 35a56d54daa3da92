package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.ACCEPTED;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.heritagesentinel.alert.DecisionBasis;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.screening.PeriodReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertLifecycleSpec {
    private static final String LISTED_EXPORTER = "Mohamed El Ouazzani";
    private TopologyHarness harness;

    @BeforeEach
    void start() {
        start(Map.of());
    }

    private void start(Map<String, String> overrides) {
        harness = new TopologyHarness(overrides, PeriodReader.NONE);
        harness.list(listedParty("PTY-1", LISTED_EXPORTER, "MA-778899"));
        harness.list(listedParty("PTY-2", "Rachid Toumi", null));
        harness.list(profile("PRF-LB", 40, "national circular 12/2026", RiskProfile.newBuilder()
            .setRuleType(RuleType.ROUTE_RISK).setHsPrefixes(List.of("9703")).setCountries(List.of("LB"))
            .setCountryRoles(List.of(CountryRole.ORIGIN))));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldSuppressADismissedPairForTheSuppressionPeriod() {
        // Given a RED alert on a listed exporter, dismissed by an analyst
        Alert first = raise(declaration("D-1").exporter(LISTED_EXPORTER).build());
        decide(first, DecisionKind.DISMISSED, "namesake: passport checked, different person");

        // When the same exporter declares again ten days later
        harness.driver.advanceWallClockTime(Duration.ofDays(10));
        harness.declare(declaration("D-2").exporter("MOHAMED  el OUAZZANI").acceptedAt(ACCEPTED.plus(Duration.ofDays(10))).build());

        // Then no alert, and the proof of screening shows the hit as suppressed by that decision
        assertThat(harness.alerts.readValuesToList()).isEmpty();
        ScreeningRecord proof = lastRecordOf("JO:ASYCUDA:D-2");
        assertThat(proof.getHits()).isEmpty();
        assertThat(proof.getSuppressedHits()).singleElement().satisfies(suppressed -> {
            assertThat(suppressed.getHit().getEntryId()).isEqualTo("PTY-1");
            assertThat(suppressed.getSuppression().getDecision()).isEqualTo(DecisionKind.DISMISSED);
            assertThat(suppressed.getSuppression().getAlertId()).isEqualTo(first.getAlertId());
            assertThat(suppressed.getSuppression().getAnalyst()).isEqualTo("analyst.7");
            assertThat(suppressed.getSuppression().getReason()).contains("namesake");
            assertThat(suppressed.getSuppression().getUntil()).isEqualTo(ACCEPTED.plus(Duration.ofDays(90)));
        });
    }

    @Test
    void shouldRaiseTheHitAgainOnceTheSuppressionPeriodEnded() {
        // Given a dismissed pair
        decide(raise(declaration("D-1").exporter(LISTED_EXPORTER).build()), DecisionKind.DISMISSED, "namesake");

        // When the exporter declares again after the 90 days of suppression
        harness.driver.advanceWallClockTime(Duration.ofDays(91));
        harness.declare(declaration("D-3").exporter(LISTED_EXPORTER).acceptedAt(ACCEPTED.plus(Duration.ofDays(91))).build());

        // Then the hit raises an alert again
        Alert again = harness.alerts.readValue();
        assertThat(again.getSubjectKey()).isEqualTo("JO:ASYCUDA:D-3");
        assertThat(again.getHits()).extracting(Hit::getEntryId).containsExactly("PTY-1");
    }

    @Test
    void shouldSuppressAPairInspectedClean() {
        // Given an alert whose shipment was inspected and found clean
        decide(raise(declaration("D-1").exporter(LISTED_EXPORTER).build()), DecisionKind.INSPECTED_CLEAN, null);

        // When the exporter declares again the next day
        harness.driver.advanceWallClockTime(Duration.ofDays(1));
        harness.declare(declaration("D-4").exporter(LISTED_EXPORTER).acceptedAt(ACCEPTED.plus(Duration.ofDays(1))).build());

        // Then the pair raises nothing, and is shown as suppressed by the clean inspection
        assertThat(harness.alerts.readValuesToList()).isEmpty();
        assertThat(lastRecordOf("JO:ASYCUDA:D-4").getSuppressedHits()).singleElement()
            .satisfies(s -> assertThat(s.getSuppression().getDecision()).isEqualTo(DecisionKind.INSPECTED_CLEAN));
    }

    @Test
    void shouldNotSuppressOtherPairsWhenAnAlertIsDismissed() {
        // Given a dismissed alert on another listed exporter
        decide(raise(declaration("D-1").exporter("Rachid Toumi").build()), DecisionKind.DISMISSED, "known importer");

        // When the first listed exporter declares
        harness.declare(declaration("D-5").exporter(LISTED_EXPORTER).build());

        // Then its hit raises an alert as usual
        Alert alert = harness.alerts.readValue();
        assertThat(alert.getSubjectKey()).isEqualTo("JO:ASYCUDA:D-5");
        assertThat(alert.getHits()).extracting(Hit::getEntryId).containsExactly("PTY-1");
        assertThat(lastRecordOf("JO:ASYCUDA:D-5").getSuppressedHits()).isEmpty();
    }

    @Test
    void shouldKeepADismissalToTheAuthorityThatDecided() {
        // Given a Jordanian dismissal of a pair
        decide(raise(declaration("D-20").exporter(LISTED_EXPORTER).build()), DecisionKind.DISMISSED, "namesake");

        // When the same exporter declares in Lebanon
        harness.declare(declaration("D-21").authority("LB").exporter(LISTED_EXPORTER).build());

        // Then Lebanon's screening raises the hit as usual
        Alert alert = harness.alerts.readValue();
        assertThat(alert.getSubjectKey()).isEqualTo("LB:ASYCUDA:D-21");
        assertThat(alert.getHits()).extracting(Hit::getEntryId).containsExactly("PTY-1");
    }

    @Test
    void shouldRefuseADecisionByAnotherAuthorityThanTheScreeningOne() {
        // Given a Jordanian alert
        Alert alert = raise(declaration("D-22").exporter(LISTED_EXPORTER).build());

        // When a Lebanese analyst dismisses it, on Lebanon's decision topic
        harness.decisionsOf("LB").pipeInput(RecordKeys.alertDecision(alert), AlertDecision.newBuilder(
            decision(alert.getAlertId(), DecisionKind.DISMISSED, "not ours")).setAuthority("LB").build());

        // Then the decision is a dead letter and the alert still escalates
        assertThat(harness.deadLetters.readRecordsToList()).singleElement()
            .satisfies(r -> assertThat(header(r, "__streams.errors.message"))
                .contains("alert of JO decided on the decision topic of LB"));
        harness.driver.advanceWallClockTime(Duration.ofMinutes(31));
        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus).containsExactly(AlertStatus.ESCALATED);
    }

    @Test
    void shouldRefuseADecisionWhoseRecordClaimsAnotherAuthorityThanItsTopic() {
        // Given a Jordanian alert
        Alert alert = raise(declaration("D-23").exporter(LISTED_EXPORTER).build());

        // When a record on Lebanon's topic claims to be Jordan's dismissal (the field is the only thing Lebanon controls)
        harness.decisionsOf("LB").pipeInput(RecordKeys.alertDecision(alert),
            decision(alert.getAlertId(), DecisionKind.DISMISSED, "forged"));

        // Then the topic, not the field, says who decided: a dead letter naming both, and the alert still escalates
        assertThat(harness.deadLetters.readRecordsToList()).singleElement().satisfies(r -> {
            assertThat(header(r, "__streams.errors.message")).contains("authority 'JO' is not LB");
            assertThat(header(r, "__streams.errors.topic")).isEqualTo("alerts.decisions.lb.v1");
        });
        harness.driver.advanceWallClockTime(Duration.ofMinutes(31));
        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus).containsExactly(AlertStatus.ESCALATED);
    }

    @Test
    void shouldEscalateAnUnacknowledgedRedAlertOnceAndRouteIt() {
        // Given a RED alert nobody acknowledges
        Alert red = raise(declaration("D-6").exporter(LISTED_EXPORTER).build());
        assertThat(red.getLane()).isEqualTo(Lane.RED);
        harness.alertsFor("JO").readValuesToList();

        // When 29 minutes pass, then 31, then two more hours
        harness.driver.advanceWallClockTime(Duration.ofMinutes(29));
        assertThat(harness.alerts.isEmpty()).isTrue();
        harness.driver.advanceWallClockTime(Duration.ofMinutes(2));
        List<Alert> escalated = harness.alerts.readValuesToList();
        harness.driver.advanceWallClockTime(Duration.ofHours(2));

        // Then the alert is escalated exactly once, as a new revision, and routed like any alert
        assertThat(escalated).singleElement().satisfies(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.ESCALATED);
            assertThat(alert.getAlertId()).isEqualTo(red.getAlertId());
            assertThat(alert.getRevision()).isEqualTo(red.getRevision() + 1);
            assertThat(alert.getHits()).isEqualTo(red.getHits());
            assertThat(alert.getSummary()).startsWith("ESCALATED");
        });
        assertThat(harness.alerts.isEmpty()).isTrue();
        assertThat(harness.alertsFor("JO").readValuesToList()).extracting(Alert::getStatus)
            .containsExactly(AlertStatus.ESCALATED);
    }

    @Test
    void shouldContinueTheAlertRevisionsAfterAnEscalation() {
        // Given an escalated alert
        raise(declaration("D-7").exporter(LISTED_EXPORTER).build());
        harness.driver.advanceWallClockTime(Duration.ofMinutes(31));
        Alert escalated = harness.alerts.readValue();

        // When the declaration is amended with another hit
        harness.declare(declaration("D-7").version(1).exporter(LISTED_EXPORTER).exporter("Rachid Toumi").build());

        // Then the update follows the escalation's revision, and no second escalation comes
        Alert updated = harness.alerts.readValue();
        assertThat(updated.getStatus()).isEqualTo(AlertStatus.UPDATED);
        assertThat(updated.getRevision()).isEqualTo(escalated.getRevision() + 1);
        harness.driver.advanceWallClockTime(Duration.ofHours(1));
        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNotEscalateAnAcknowledgedRedAlert() {
        // Given a RED alert acknowledged within minutes
        decide(raise(declaration("D-8").exporter(LISTED_EXPORTER).build()), DecisionKind.ACKNOWLEDGED, null);

        // When an hour passes
        harness.driver.advanceWallClockTime(Duration.ofHours(1));

        // Then nothing is escalated
        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNeverEscalateAYellowAlert() {
        // Given a YELLOW alert (a route-risk profile of weight 40)
        Alert yellow = raise(declaration("D-9").item("970310", "bronze statuette", "LB").build());
        assertThat(yellow.getLane()).isEqualTo(Lane.YELLOW);

        // When a day passes without any decision
        harness.driver.advanceWallClockTime(Duration.ofDays(1));

        // Then it is never escalated
        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldEscalateAfterTheConfiguredDelay() {
        // Given an escalation delay of 10 minutes
        harness.close();
        start(Map.of("alerts.escalate-red-after", "PT10M"));
        raise(declaration("D-10").exporter(LISTED_EXPORTER).build());

        // When 11 minutes pass
        harness.driver.advanceWallClockTime(Duration.ofMinutes(11));

        // Then the alert is escalated
        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus).containsExactly(AlertStatus.ESCALATED);
    }

    @Test
    void shouldCountUnacknowledgedRedAlertsOnTheGauge() {
        // Given two RED alerts and one YELLOW alert
        Alert first = raise(declaration("D-11").exporter(LISTED_EXPORTER).build());
        raise(declaration("D-12").exporter("Rachid Toumi").build());
        raise(declaration("D-13").item("970310", "bronze statuette", "LB").build());

        // When a minute passes, then one RED alert is acknowledged and another minute passes
        harness.driver.advanceWallClockTime(Duration.ofMinutes(1));
        double before = unacknowledgedRed();
        decide(first, DecisionKind.ACKNOWLEDGED, null);
        harness.driver.advanceWallClockTime(Duration.ofMinutes(1));

        // Then the gauge counts the RED alerts still waiting
        assertThat(before).isEqualTo(2.0);
        assertThat(unacknowledgedRed()).isEqualTo(1.0);
    }

    @Test
    void shouldSendBadDecisionsToTheDeadLetterTopicWithTheReason() {
        // Given an open alert
        Alert alert = raise(declaration("D-14").exporter(LISTED_EXPORTER).build());

        // When an undecodable decision, a dismissal without reason and a decision on no alert arrive
        harness.rawDecisions.pipeInput(alert.getSubjectKey(), "not avro".getBytes(StandardCharsets.UTF_8));
        harness.decisions.pipeInput(alert.getSubjectKey(), decision(alert.getAlertId(), DecisionKind.DISMISSED, null));
        Alert other = raise(declaration("D-15").exporter("Rachid Toumi").build());
        harness.declare(declaration("D-15").version(1).build());
        harness.decisions.pipeInput(other.getSubjectKey(), decision(other.getAlertId(), DecisionKind.ACKNOWLEDGED, null));

        // Then all three are dead letters with their original key and the reason
        List<TestRecord<byte[], byte[]>> dead = harness.deadLetters.readRecordsToList();
        assertThat(dead).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
            .containsExactly("JO:ASYCUDA:D-14", "JO:ASYCUDA:D-14", "JO:ASYCUDA:D-15");
        assertThat(dead).extracting(r -> header(r, "__streams.errors.message"))
            .satisfiesExactly(
                m -> assertThat(m).startsWith("undecodable alert decision"),
                m -> assertThat(m).contains("a dismissal needs a reason"),
                m -> assertThat(m).contains("no open alert " + other.getAlertId()));
        assertThat(dead).extracting(r -> header(r, "__streams.errors.topic")).containsOnly("alerts.decisions.jo.v1");
    }

    @Test
    void shouldRefuseADecisionWhoseAlertIsNotTheAlertOfItsKey() {
        // Given two open alerts
        Alert one = raise(declaration("D-16").exporter(LISTED_EXPORTER).build());
        Alert two = raise(declaration("D-17").exporter("Rachid Toumi").build());

        // When a decision on the second is published under the key of the first
        harness.decisions.pipeInput(one.getSubjectKey(), decision(two.getAlertId(), DecisionKind.ACKNOWLEDGED, null));

        // Then it is a dead letter, and nothing is decided
        assertThat(harness.deadLetters.readRecordsToList()).singleElement()
            .satisfies(r -> assertThat(header(r, "__streams.errors.message")).contains("is not the alert of declaration"));
        harness.driver.advanceWallClockTime(Duration.ofMinutes(31));
        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus)
            .containsExactly(AlertStatus.ESCALATED, AlertStatus.ESCALATED);
    }

    @Test
    void shouldApplyOnlyTheFirstOfTwoDecisionsTakenOnTheSameBasis() {
        // Given a RED alert two analysts open at once: both see no decision (basis 0)
        Alert alert = raise(declaration("D-30").exporter(LISTED_EXPORTER).build());

        // When the first acknowledges it and the second, next on the partition, dismisses it
        decide(alert, DecisionKind.ACKNOWLEDGED, null, 0);
        decide(alert, DecisionKind.DISMISSED, "namesake", 0);

        // Then the dismissal is counted as not applied, is no dead letter, and clears nothing
        assertThat(decisionsNotApplied()).isEqualTo(1.0);
        harness.declare(declaration("D-31").exporter(LISTED_EXPORTER).build());
        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-31");
        assertThat(lastRecordOf("JO:ASYCUDA:D-31").getSuppressedHits()).isEmpty();
    }

    @Test
    void shouldApplyADecisionTakenOnEveryDecisionAppliedSoFar() {
        // Given an alert acknowledged in the console (basis 0), then assigned from the CLI (no basis)
        Alert alert = raise(declaration("D-32").exporter(LISTED_EXPORTER).build());
        decide(alert, DecisionKind.ACKNOWLEDGED, null, 0);
        harness.decisions.pipeInput(RecordKeys.alertDecision(alert), AlertDecision.newBuilder(
            decision(alert.getAlertId(), DecisionKind.ASSIGNED, null)).setAssignee("analyst.9").build());

        // When an analyst who saw both dismisses it (basis 2), and a stale form (basis 1) inspects it clean
        decide(alert, DecisionKind.DISMISSED, "namesake", 2);
        decide(alert, DecisionKind.INSPECTED_CLEAN, null, 1);

        // Then the dismissal applies and suppresses the pair; only the stale decision is not applied
        harness.declare(declaration("D-33").exporter(LISTED_EXPORTER).build());
        assertThat(harness.alerts.readValuesToList()).isEmpty();
        assertThat(lastRecordOf("JO:ASYCUDA:D-33").getSuppressedHits()).singleElement()
            .satisfies(s -> assertThat(s.getSuppression().getDecision()).isEqualTo(DecisionKind.DISMISSED));
        assertThat(decisionsNotApplied()).isEqualTo(1.0);
    }

    @Test
    void shouldApplyADecisionWithoutBasisAsBefore() {
        // Given an alert acknowledged in the console (basis 0)
        Alert alert = raise(declaration("D-34").exporter(LISTED_EXPORTER).build());
        decide(alert, DecisionKind.ACKNOWLEDGED, null, 0);

        // When a dismissal without basis header comes (the CLI, an older producer)
        decide(alert, DecisionKind.DISMISSED, "namesake");

        // Then it applies: the pair is suppressed
        harness.declare(declaration("D-35").exporter(LISTED_EXPORTER).build());
        assertThat(harness.alerts.readValuesToList()).isEmpty();
        assertThat(decisionsNotApplied()).isZero();
    }

    private Alert raise(CustomsDeclaration declaration) {
        harness.declare(declaration);
        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }

    private void decide(Alert alert, DecisionKind kind, String reason) {
        harness.decisions.pipeInput(RecordKeys.alertDecision(alert), decision(alert.getAlertId(), kind, reason));
        assertThat(harness.deadLetters.isEmpty()).isTrue();
    }

    /** A console decision: taken on {@code basis}, the decisions its author saw on the alert. */
    private void decide(Alert alert, DecisionKind kind, String reason, int basis) {
        harness.decisions.pipeInput(new TestRecord<>(RecordKeys.alertDecision(alert), decision(alert.getAlertId(), kind, reason),
            new RecordHeaders().add(DecisionBasis.HEADER, DecisionBasis.encode(basis))));
        assertThat(harness.deadLetters.isEmpty()).isTrue();
    }

    private double decisionsNotApplied() {
        Counter counter = harness.meters.find("sentinel.alert.decisions.not.applied").tag("authority", "JO").counter();
        return counter == null ? 0.0 : counter.count();
    }

    private static AlertDecision decision(String alertId, DecisionKind kind, String reason) {
        return AlertDecision.newBuilder()
            .setAlertId(alertId)
            .setKind(kind)
            .setAnalyst("analyst.7")
            .setAuthority("JO")
            .setReason(reason)
            .setDecidedAt(ACCEPTED)
            .build();
    }

    private ScreeningRecord lastRecordOf(String key) {
        List<ScreeningRecord> records = harness.results.readValuesToList().stream()
            .filter(r -> r.getSubjectKey().equals(key)).toList();
        assertThat(records).isNotEmpty();
        return records.get(records.size() - 1);
    }

    private double unacknowledgedRed() {
        return harness.meters.get("sentinel.alerts.unacknowledged.red").gauge().value();
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
