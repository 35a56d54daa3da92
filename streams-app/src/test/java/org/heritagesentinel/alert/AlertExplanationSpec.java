package org.heritagesentinel.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.avro.SuppressedHit;
import org.heritagesentinel.avro.Suppression;
import org.junit.jupiter.api.Test;

class AlertExplanationSpec {
    @Test
    void shouldListEveryHitWithRevisionEvidenceAndVersionsThenTheHistory() {
        Hit hit = Hit.newBuilder().setRuleType(RuleType.AGE_VALUE_THRESHOLD).setEntryId("PRF-EU-200").setEntryRevision(3)
            .setScore(60).setExplanation("profile PRF-EU-200 (AGE_VALUE_THRESHOLD, EU 2019/880 art. 5): ...")
            .setEvidence(List.of(Evidence.newBuilder().setField("items[0].statisticalValue")
                .setDeclaredValue("25000 USD = 22500.00 EUR").setListedValue("≥ 18000 EUR").setMethod("value-threshold").build()))
            .build();
        ScreeningRecord first = record(Instant.parse("2026-11-20T09:31:00Z"), List.of(), null, false);
        ScreeningRecord retro = record(Instant.parse("2026-11-21T10:00:00Z"), List.of(hit), AlertStatus.NEW, true);

        String text = AlertExplanation.render("ALR-1", List.of(retro, first));

        assertThat(text).contains("ALR-1  DECLARATION FR:ASYCUDA:D-4 v0", "(retro)", "score 60",
            "watchlist 12:00000000000000ab, profiles 4:00000000000000cd, matchers m-1, config c-1",
            "AGE_VALUE_THRESHOLD  entry PRF-EU-200 rev 3", "items[0].statisticalValue: declared '25000 USD = 22500.00 EUR'",
            "[value-threshold]", "2026-11-21T10:00:00Z v0 retro score 60 YELLOW → alert NEW");
        assertThat(text.indexOf("2026-11-20T09:31:00Z v0")).isLessThan(text.indexOf("2026-11-21T10:00:00Z v0"));
    }

    @Test
    void shouldShowSuppressedHitsWithTheDecisionThatSuppressedThem() {
        // Given a screening whose party hit was suppressed by a dismissal
        Hit hit = Hit.newBuilder().setRuleType(RuleType.PARTY_WATCHLIST).setEntryId("PTY-1").setScore(80)
            .setExplanation("EXPORTER name matches").build();
        Suppression dismissal = Suppression.newBuilder().setPair("FR|PTY-1|PARTY:MOHAMEDELOUAZZANI").setEntryId("PTY-1")
            .setAlertId("ALR-0").setDecision(DecisionKind.DISMISSED).setAnalyst("analyst.7").setAuthority("FR")
            .setReason("namesake").setDecidedAt(Instant.parse("2026-11-20T10:00:00Z"))
            .setUntil(Instant.parse("2027-02-18T10:00:00Z")).build();
        ScreeningRecord record = ScreeningRecord.newBuilder(record(Instant.parse("2026-11-21T09:31:00Z"), List.of(), null, false))
            .setSuppressedHits(List.of(SuppressedHit.newBuilder().setHit(hit).setSuppression(dismissal).build())).build();

        // When it is explained
        String text = AlertExplanation.render("ALR-1", List.of(record));

        // Then the suppressed hit is listed with who suppressed it, why and until when
        assertThat(text).contains("suppressed PARTY_WATCHLIST  entry PTY-1: DISMISSED by analyst.7 (FR) on alert ALR-0"
            + " until 2027-02-18T10:00:00Z: namesake");
    }

    @Test
    void shouldSayWhenNothingIsStored() {
        assertThat(AlertExplanation.render("ALR-X", List.of())).contains("no screening record found");
    }

    private static ScreeningRecord record(Instant at, List<Hit> hits, AlertStatus status, boolean retro) {
        return ScreeningRecord.newBuilder().setSubjectKey("FR:ASYCUDA:D-4").setAuthority("FR")
            .setEventTime(Instant.parse("2026-11-20T09:30:00Z")).setScreenedAt(at).setRetro(retro)
            .setScore(hits.isEmpty() ? 0 : 60).setLane(hits.isEmpty() ? Lane.GREEN : Lane.YELLOW)
            .setSeverity(hits.isEmpty() ? Severity.LOW : Severity.HIGH).setAlertId(status == null ? null : "ALR-1")
            .setAlertStatus(status).setHits(hits).setWatchlistVersion("12:00000000000000ab")
            .setProfilesVersion("4:00000000000000cd").setMatcherVersion("m-1").setConfigHash("c-1").build();
    }
}
