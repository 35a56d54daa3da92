package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.PeriodReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retro-screening: a watchlist change re-screens the declarations of the last 30 days already
 * screened, through the same alert state as live screening.
 */
class RetroScreeningSpec {
    /** Ten days before the wall clock: screened, and (6 h rule) already released. */
    private static final Instant TEN_DAYS_AGO = Instant.parse("2026-11-10T08:00:00Z");

    private TopologyHarness harness = new TopologyHarness(Map.of("retro.max-alerts-per-change", "2"), PeriodReader.NONE);

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldRaiseARetroAlertWhenANewEntryMatchesADeclarationAlreadyScreened() {
        // Given a declaration screened clean ten days ago
        harness.declare(declaration("D-1").acceptedAt(TEN_DAYS_AGO).exporter("Karim Haddad").build());
        assertThat(harness.alerts.isEmpty()).isTrue();

        // When its exporter is listed
        harness.list(listedParty("PTY-9", "Karim Haddad", null));

        // Then one alert, marked retro, asks for post-clearance control of the released goods
        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.NEW);
            assertThat(alert.getRetro()).isTrue();
            assertThat(alert.getPostClearanceControl()).isTrue();
            assertThat(alert.getHits()).extracting(Hit::getEntryId).containsExactly("PTY-9");
            assertThat(alert.getSummary()).contains("retro");
        });
    }

    @Test
    void shouldWaitForTheGlobalTableBeforeScreeningAChangeThatReachedItFirst() {
        // Given a declaration screened clean, and its exporter's listing broadcast before the table has it
        harness.declare(declaration("D-1").acceptedAt(TEN_DAYS_AGO).exporter("Karim Haddad").build());
        WatchlistEntry entry = listedParty("PTY-9", "Karim Haddad", null);
        harness.broadcastOnly(entry);
        harness.screenPendingRetroChanges();
        assertThat(harness.alerts.isEmpty()).isTrue();

        // When the table applies the listing
        harness.listInTableOnly(entry);
        harness.screenPendingRetroChanges();

        // Then the waiting change is screened, once
        assertThat(harness.alerts.readValuesToList()).singleElement()
            .satisfies(alert -> assertThat(alert.getHits()).extracting(Hit::getEntryId).containsExactly("PTY-9"));
        harness.screenPendingRetroChanges();
        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNeverRelistAnEntryWhoseChangeTheTableNeverApplies() {
        // Given a listing replayed to retro-screening after a restart, its entry delisted and compacted away meanwhile
        harness.declare(declaration("D-1").acceptedAt(TEN_DAYS_AGO).exporter("Karim Haddad").build());
        harness.broadcastOnly(listedParty("PTY-9", "Karim Haddad", null));

        // When it has waited longer than any lag of the global thread
        harness.driver.advanceWallClockTime(RetroScreeningProcessor.PENDING_LIMIT.plusSeconds(1));

        // Then nothing was alerted, the match index does not hold the entry, and the change is dropped
        assertThat(harness.alerts.isEmpty()).isTrue();
        assertThat(harness.parts.index().get("PTY-9")).isNull();
        harness.listInTableOnly(listedParty("PTY-9", "Karim Haddad", null));
        harness.screenPendingRetroChanges();
        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNotAskForPostClearanceControlOfGoodsJustDeclared() {
        harness.declare(declaration("D-2").exporter("Karim Haddad").build()); // 30 minutes ago

        harness.list(listedParty("PTY-9", "Karim Haddad", null));

        Alert alert = harness.alerts.readValue();
        assertThat(alert.getRetro()).isTrue();
        assertThat(alert.getPostClearanceControl()).isFalse();
    }

    @Test
    void shouldAlertExactlyOnceWhenTheEntryReachesTheTableBeforeTheDeclarationAndItsBroadcastAfter() {
        WatchlistEntry entry = listedParty("PTY-9", "Karim Haddad", null);
        harness.listInTableOnly(entry);
        harness.declare(declaration("D-3").exporter("Karim Haddad").build());

        harness.list(entry);

        assertThat(harness.alerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.NEW);
            assertThat(alert.getRetro()).isFalse();
        });
    }

    @Test
    void shouldAlertExactlyOnceWhenTheDeclarationIsScreenedBeforeTheEntryReachesTheTable() {
        WatchlistEntry entry = listedParty("PTY-9", "Karim Haddad", null);
        harness.declare(declaration("D-4").exporter("Karim Haddad").build());

        harness.list(entry);
        harness.declare(declaration("D-4").exporter("Karim Haddad").build()); // redelivered after the change

        assertThat(harness.alerts.readValuesToList()).singleElement().satisfies(alert -> assertThat(alert.getRetro()).isTrue());
    }

    @Test
    void shouldUpdateALiveAlertWithTheNewHitOnlyOnce() {
        harness.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));
        harness.declare(declaration("D-5").exporter("Karim Haddad").item("970510", "archaeological pieces", "SY").build());

        harness.list(listedParty("PTY-9", "Karim Haddad", null));

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getStatus).containsExactly(AlertStatus.NEW, AlertStatus.UPDATED);
        assertThat(alerts.get(1).getRetro()).isTrue();
        assertThat(alerts.get(1).getHits()).extracting(Hit::getRuleType)
            .containsExactly(RuleType.EMBARGO_ORIGIN, RuleType.PARTY_WATCHLIST);
    }

    @Test
    void shouldRetroScreenANewRiskProfileThroughTheHsIndex() {
        harness.declare(declaration("D-6").acceptedAt(TEN_DAYS_AGO).item("970610", "antique chest", "IQ").build());
        harness.declare(declaration("D-7").acceptedAt(TEN_DAYS_AGO).item("940360", "modern chest", "IQ").build());

        harness.list(embargoProfile("PRF-IQ", List.of("9706"), List.of("IQ")));

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-6");
    }

    @Test
    void shouldLeaveDeclarationsOlderThanTheWindowAlone() {
        harness.declare(declaration("D-8").acceptedAt(Instant.parse("2026-10-01T08:00:00Z")).exporter("Karim Haddad").build());

        harness.list(listedParty("PTY-9", "Karim Haddad", null));

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRaiseNothingForADelistingOrADraft() {
        harness.declare(declaration("D-9").exporter("Karim Haddad").build());
        WatchlistEntry draft = listedParty("PTY-9", "Karim Haddad", null);
        draft.setStatus(EntryStatus.DRAFT);

        harness.list(draft);
        harness.delist("PTY-9");

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldActivateADraftWithARetroAlert() {
        harness.declare(declaration("D-10").exporter("Karim Haddad").build());
        WatchlistEntry draft = listedParty("PTY-9", "Karim Haddad", null);
        draft.setStatus(EntryStatus.DRAFT);
        harness.list(draft);

        WatchlistEntry active = listedParty("PTY-9", "Karim Haddad", null);
        active.setRevision(2);
        harness.list(active);

        assertThat(harness.alerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getRetro()).isTrue();
            assertThat(alert.getHits().get(0).getEntryRevision()).isEqualTo(2);
        });
    }

    @Test
    void shouldCapTheAlertsOneChangeRaises() {
        for (int i = 0; i < 4; i++) {
            harness.declare(declaration("D-C" + i).exporter("Karim Haddad").build());
        }

        harness.list(listedParty("PTY-9", "Karim Haddad", null));

        assertThat(harness.alerts.readValuesToList()).hasSize(2);
    }
}
