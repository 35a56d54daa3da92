package org.heritagesentinel.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.Severity;
import org.junit.jupiter.api.Test;

class AlertExplanationTest {
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
