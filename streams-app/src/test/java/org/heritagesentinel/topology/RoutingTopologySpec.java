package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.Seizures.seizure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.testdata.Seizures;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutingTopologySpec {
    private TopologyHarness harness;

    @BeforeEach
    void start() {
        harness = new TopologyHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldRouteARepeatOffenderAlertToTheDeclaringAndTheSeizingAuthority() {
        Seizures moroccanSeizure = seizure("S-1").by("MA").exporter("Rachid Toumi");
        harness.seize(moroccanSeizure.key(), moroccanSeizure.build());

        harness.declare(declaration("D-300").authority("JO").exporter("Rachid Toumi").build());

        Alert forJordan = harness.alertsFor("JO").readValue();
        Alert forMorocco = harness.alertsFor("MA").readValue();
        assertThat(forJordan.getHits()).extracting(Hit::getRuleType).containsExactly(RuleType.REPEAT_OFFENDER);
        assertThat(forMorocco.getAlertId()).isEqualTo(forJordan.getAlertId());
        assertThat(forMorocco.getRecipientRoles().get("MA")).contains("LISTING");
        assertThat(forMorocco.getHits().get(0).getEvidence().get(0).getDeclaredValue()).isEqualTo("Rachid Toumi");
    }

    @Test
    void shouldGiveATransitAuthorityTheShipmentAndRuleButNotThePersonalDataOfAnOriginatorControlledEntry() {
        WatchlistEntry confidential = WatchlistEntries.listedParty("PTY-OC", "Karim Haddad", null);
        confidential.setSharingScope(SharingScope.ORIGINATOR_CONTROLLED);
        confidential.setListingAuthority("EG");
        harness.list(confidential);

        harness.declare(declaration("D-301").authority("JO").exporter("Karim Haddad")
            .route("FR", "FR", List.of("LB"), "JO").build());

        Alert forJordan = harness.alertsFor("JO").readValue();
        Alert forLebanon = harness.alertsFor("LB").readValue();
        Alert forEgypt = harness.alertsFor("EG").readValue();
        assertThat(forJordan.getHits().get(0).getEvidence().get(0).getDeclaredValue()).isEqualTo("Karim Haddad");
        assertThat(forEgypt.getHits().get(0).getEvidence().get(0).getDeclaredValue()).isEqualTo("Karim Haddad");
        Hit transitView = forLebanon.getHits().get(0);
        assertThat(transitView.getRuleType()).isEqualTo(RuleType.PARTY_WATCHLIST);
        assertThat(transitView.getEvidence().get(0).getDeclaredValue()).doesNotContain("Haddad");
        assertThat(transitView.getExplanation()).doesNotContain("Haddad").contains("originator-controlled", "EG");
        assertThat(forLebanon.getSubjectKey()).isEqualTo("JO:ASYCUDA:D-301");
    }

    @Test
    void shouldWithholdPersonalDataFromTransitAuthoritiesForRegionalEntriesToo() {
        harness.list(WatchlistEntries.listedParty("PTY-1", "Mohamed El Ouazzani", null));

        harness.declare(declaration("D-302").exporter("Mohamed El Ouazzani").route("FR", "FR", List.of("LB"), "JO").build());

        Hit transitView = harness.alertsFor("LB").readValue().getHits().get(0);
        assertThat(transitView.getExplanation()).doesNotContain("Ouazzani");
        assertThat(transitView.getEvidence().get(0).getListedValue()).doesNotContain("Ouazzani");
    }

    @Test
    void shouldReportRecipientsOutsideTheRegionInsteadOfDroppingThem() {
        harness.list(WatchlistEntries.embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));

        harness.declare(declaration("D-303").item("970510", "archaeological collection", "SY")
            .route("SY", "TR", List.of(), "JO").build());

        assertThat(harness.unroutedAlerts().readKeyValuesToList()).extracting(kv -> kv.value.getRecipientRoles().keySet())
            .anySatisfy(recipients -> assertThat(recipients).contains("TR"));
        assertThat(harness.alertsFor("SY").readValue().getSubjectKey()).isEqualTo("JO:ASYCUDA:D-303");
    }

    @Test
    void shouldScreenAReplayedSnapshotDeclarationWithoutAlertingLive() {
        harness.list(WatchlistEntries.listedParty("PTY-1", "Mohamed El Ouazzani", null));
        var old = declaration("OLD-2019").exporter("Mohamed El Ouazzani").build();
        RecordHeaders replay = new RecordHeaders();
        replay.add("sentinel-replay", "true".getBytes(StandardCharsets.UTF_8));

        harness.declarations.pipeInput(new org.apache.kafka.streams.test.TestRecord<>("JO:ASYCUDA:OLD-2019", old, replay,
            old.getAcceptedAt()));

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNotReRaiseAWithdrawnDeclarationWhenAnOlderVersionIsRedelivered() {
        harness.list(WatchlistEntries.embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));
        var v1 = declaration("D-304").version(1).item("970510", "archaeological collection", "SY").build();
        harness.declare(v1);
        RecordHeaders withdrawn = new RecordHeaders();
        withdrawn.add("sentinel-version", "2".getBytes(StandardCharsets.UTF_8));
        harness.declarations.pipeInput(new org.apache.kafka.streams.test.TestRecord<>("JO:ASYCUDA:D-304", null, withdrawn,
            v1.getAcceptedAt()));

        harness.declare(v1);

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus)
            .containsExactly(AlertStatus.NEW, AlertStatus.RETRACTED);
    }
}
