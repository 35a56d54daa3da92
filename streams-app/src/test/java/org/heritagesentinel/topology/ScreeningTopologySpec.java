package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScreeningTopologySpec {
    private TopologyHarness harness;

    @BeforeEach
    void start() {
        harness = new TopologyHarness();
        harness.list(listedParty("PTY-1", "Mohamed El Ouazzani", "MA-778899"));
        harness.list(embargoProfile("PRF-SY", List.of("9705", "9706"), List.of("SY", "IQ")));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldRaiseOneAlertWithEveryHitForASuspiciousDeclaration() {
        // Given a listed exporter shipping an archaeological collection piece of Syrian origin
        CustomsDeclaration suspicious = declaration("D-100").exporter("MOHAMED  el OUAZZANI")
            .item("970510", "collection of archaeological pieces", "SY").build();

        // When it is declared
        harness.declare(suspicious);

        // Then exactly one alert names both rules, with evidence and a red lane
        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0);
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.NEW);
        assertThat(alert.getSubjectKey()).isEqualTo("JO:ASYCUDA:D-100");
        assertThat(alert.getHits()).extracting(h -> h.getRuleType()).containsExactly(RuleType.EMBARGO_ORIGIN,
            RuleType.PARTY_WATCHLIST);
        assertThat(alert.getHits()).allSatisfy(h -> {
            assertThat(h.getEvidence()).isNotEmpty();
            assertThat(h.getExplanation()).isNotBlank();
        });
        assertThat(alert.getScore()).isEqualTo(94); // 1 - (1-0.8)(1-0.7)
        assertThat(alert.getLane()).isEqualTo(Lane.RED);
        assertThat(alert.getRecipients()).contains("JO", "SY");
    }

    @Test
    void shouldCountScreenedDeclarationsAlertsAndHitsForOps() {
        harness.declare(declaration("D-118").build());
        harness.declare(declaration("D-119").exporter("Mohamed El Ouazzani").item("970510", "collection", "SY").build());

        assertThat(harness.meters.get("sentinel.declarations.screened").counter().count()).isEqualTo(2.0);
        assertThat(harness.meters.get("sentinel.alerts").tag("status", "NEW").counter().count()).isEqualTo(1.0);
        assertThat(harness.meters.get("sentinel.alert.hits").tag("rule", "EMBARGO_ORIGIN").counter().count()).isEqualTo(1.0);
    }

    @Test
    void shouldStayQuietOnACleanDeclaration() {
        harness.declare(declaration("D-101").build());

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldEmitNothingNewWhenAnUnchangedDeclarationIsRedelivered() {
        CustomsDeclaration suspicious = declaration("D-102").item("970610", "antique chest", "IQ").build();
        harness.declare(suspicious);
        harness.declare(suspicious);
        harness.declare(suspicious);

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus).containsExactly(AlertStatus.NEW);
    }

    @Test
    void shouldUpdateTheSameAlertWhenAnAmendmentChangesItsHits() {
        harness.declare(declaration("D-103").item("970610", "antique chest", "IQ").build());
        harness.declare(declaration("D-103").version(1).exporter("Mohamed El Ouazzani")
            .item("970610", "antique chest", "IQ").build());

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getStatus).containsExactly(AlertStatus.NEW, AlertStatus.UPDATED);
        assertThat(alerts).extracting(Alert::getAlertId).containsOnly(alerts.get(0).getAlertId());
        assertThat(alerts).extracting(Alert::getRevision).containsExactly(1, 2);
        assertThat(alerts.get(1).getHits()).hasSize(2);
    }

    @Test
    void shouldRetractTheAlertWhenAnAmendmentRemovesEveryHit() {
        harness.declare(declaration("D-104").item("970610", "antique chest", "IQ").build());
        harness.declare(declaration("D-104").version(1).item("940360", "modern chest", "FR").build());

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus)
            .containsExactly(AlertStatus.NEW, AlertStatus.RETRACTED);
    }

    @Test
    void shouldIgnoreAnOlderVersionArrivingAfterANewerOne() {
        harness.declare(declaration("D-105").version(2).item("970610", "antique chest", "IQ").build());
        harness.declare(declaration("D-105").version(1).item("940360", "modern chest", "FR").build());

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus).containsExactly(AlertStatus.NEW);
    }

    @Test
    void shouldStopMatchingADelistedEntry() {
        harness.delist("PTY-1");

        harness.declare(declaration("D-106").exporter("Mohamed El Ouazzani").build());

        assertThat(harness.alerts.isEmpty()).isTrue();
        assertThat(harness.parts.index().get("PTY-1")).isNull();
    }

    @Test
    void shouldCatchAListedPartyWrittenInArabicScriptThroughTheIndex() {
        harness.declare(declaration("D-113").exporter("محمد الوزاني").build());

        Alert alert = harness.alerts.readValue();
        assertThat(alert.getHits()).singleElement().satisfies(hit -> {
            assertThat(hit.getEntryId()).isEqualTo("PTY-1");
            assertThat(hit.getEvidence().get(0).getMethod()).isEqualTo("name-multilingual");
            assertThat(hit.getExplanation()).contains("محمد الوزاني");
        });
    }

    @Test
    void shouldNotAlertOnANamesakeWhoseTaxNumberDiffersFromTheListedOne() {
        harness.declare(declaration("D-120").importer("Mohamed El Ouazzani", "MA-112233").build());

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNotAlertOnANamesakeSharingOnlyACommonGivenName() {
        harness.declare(declaration("D-114").exporter("Mohamed Haddad").build());

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRecogniseAStolenObjectByItsReferenceNumberInTheMarks() {
        harness.list(WatchlistEntries.stolenTablet("OBJ-1", "INTERPOL 2019/1234"));

        harness.declare(declaration("D-115").item(DeclarationItem.newBuilder().setItemNumber(1).setHsCode("691390")
            .setDescription("ceramic tiles (sample)").setMarks("ref 2019-1234").setOriginCountry("TR").build()).build());

        Alert alert = harness.alerts.readValue();
        assertThat(alert.getHits()).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.STOLEN_OBJECT);
            assertThat(hit.getEntryId()).isEqualTo("OBJ-1");
            assertThat(hit.getConfidence()).isEqualTo(1.0);
        });
    }

    @Test
    void shouldRecogniseAStolenObjectByDescriptionAndMeasurementsButNotByAGenericDescription() {
        harness.list(WatchlistEntries.stolenTablet("OBJ-2", "INTERPOL 2020/777"));

        harness.declare(declaration("D-116").item(DeclarationItem.newBuilder().setItemNumber(1).setHsCode("970510")
            .setDescription("cuneiform clay tablet 8 x 5 cm, Old Babylonian").setOriginCountry("TR").build()).build());
        harness.declare(declaration("D-117").item(DeclarationItem.newBuilder().setItemNumber(1).setHsCode("691390")
            .setDescription("clay tablet").setOriginCountry("TR").build()).build());

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-116");
        assertThat(alerts.get(0).getHits()).extracting(h -> h.getRuleType()).containsExactly(RuleType.STOLEN_OBJECT);
    }

    @Test
    void shouldMatchAListedIdentifierWhateverTheName() {
        harness.declare(declaration("D-107").importer("Unknown Trading", "ma 778-899").build());

        Alert alert = harness.alerts.readValue();
        assertThat(alert.getHits()).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.PARTY_WATCHLIST);
            assertThat(hit.getEvidence().get(0).getMethod()).isEqualTo("identifier-exact");
        });
    }

    @Test
    void shouldNotMatchAnEntryOutsideItsValidity() {
        WatchlistEntry expired = WatchlistEntries.listedParty("PTY-2", "Karim Haddad", null);
        expired.setValidTo(Instant.parse("2026-01-01T00:00:00Z"));
        harness.list(expired);

        harness.declare(declaration("D-108").exporter("Karim Haddad").build());

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterAPoisonWatchlistEntryAndKeepScreening() {
        // Given an undecodable submission and a decodable but invalid one
        harness.rawSubmissions.pipeInput("PTY-X".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2});
        harness.submissions.pipeInput("PTY-Y", WatchlistEntries.base("PTY-Y", org.heritagesentinel.avro.EntryKind.PARTY)
            .setListingAuthority("??").build());

        // Then both are dead-lettered with a reason, and nothing reached the table
        List<TestRecord<byte[], byte[]>> dead = harness.deadLetters.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(header(dead.get(0), "__streams.errors.message")).startsWith("undecodable watchlist entry");
        assertThat(header(dead.get(1), "__streams.errors.message")).contains("listingAuthority", "PARTY entry without party");
        assertThat(header(dead.get(1), "__streams.errors.topic")).isEqualTo("watchlist.submissions.v1");
        assertThat(harness.entries.isEmpty()).isTrue();

        // And screening continues
        harness.declare(declaration("D-109").exporter("Mohamed El Ouazzani").build());
        assertThat(harness.alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldSkipUndecodableDeclarationBytesAndScreenTheNextOne() {
        // the dead letter itself is asserted on a real broker (DeadLetterIT): the test driver does not
        // capture the records of Kafka Streams' built-in dead-letter queue
        harness.rawDeclarations.pipeInput("JO:ASYCUDA:BAD", new byte[] {0, 0, 0, 0, 7, 42});
        harness.declare(declaration("D-110").exporter("Mohamed El Ouazzani").build());

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-110");
    }

    @Test
    void shouldScreenADeclarationWithAnImplausibleTimeAndSayWhy() {
        harness.declare(declaration("D-111").acceptedAt(Instant.parse("2099-01-01T00:00:00Z"))
            .item("970510", "archaeological collection", "SY").build());

        Alert alert = harness.alerts.readValue();
        assertThat(alert.getWarnings()).anySatisfy(w -> assertThat(w).contains("implausible"));
    }

    @Test
    void shouldRetractWhenTheDeclarationIsWithdrawnAtSource() {
        harness.declare(declaration("D-112").item("970610", "antique chest", "IQ").build());
        harness.declarations.pipeInput("JO:ASYCUDA:D-112", null);

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getStatus)
            .containsExactly(AlertStatus.NEW, AlertStatus.RETRACTED);
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
