package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.util.List;
import java.util.Map;

import org.heritagesentinel.alert.ScreeningRecords;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.screening.PeriodReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Proof of screening: every declaration, clean or not, leaves a record of how it was screened. */
class ScreeningResultsSpec {
    private final TopologyHarness harness = new TopologyHarness();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldRecordEveryScreeningCleanOrNotWithVersionsAndConfiguration() {
        harness.list(listedParty("PTY-1", "Mohamed El Ouazzani", "MA-778899"));
        harness.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));

        harness.declare(declaration("D-1").build());
        harness.declare(declaration("D-2").item("970510", "archaeological pieces", "SY").build());
        harness.declare(declaration("D-2").item("970510", "archaeological pieces", "SY").build()); // redelivery

        List<ScreeningRecord> records = harness.results.readValuesToList();
        assertThat(records).extracting(ScreeningRecord::getSubjectKey)
            .containsExactly("JO:ASYCUDA:D-1", "JO:ASYCUDA:D-2", "JO:ASYCUDA:D-2");
        ScreeningRecord clean = records.get(0);
        assertThat(clean.getHits()).isEmpty();
        assertThat(clean.getLane()).isEqualTo(Lane.GREEN);
        assertThat(clean.getAlertId()).isNull();
        assertThat(clean.getWatchlistVersion()).startsWith("2:");
        assertThat(clean.getProfilesVersion()).startsWith("1:");
        assertThat(clean.getMatcherVersion()).isEqualTo(ScreeningRecords.MATCHER_VERSION);
        assertThat(clean.getConfigHash()).hasSize(16);

        Alert alert = harness.alerts.readValue();
        ScreeningRecord suspicious = records.get(1);
        assertThat(suspicious.getAlertId()).isEqualTo(alert.getAlertId());
        assertThat(suspicious.getAlertStatus()).isEqualTo(AlertStatus.NEW);
        assertThat(suspicious.getScore()).isEqualTo(alert.getScore());
        assertThat(suspicious.getHits()).isEqualTo(alert.getHits());
        // the redelivery is screened again (and recorded) but emits no alert record
        assertThat(records.get(2).getAlertStatus()).isNull();
        assertThat(records.get(2).getAlertId()).isEqualTo(alert.getAlertId());
    }

    @Test
    void shouldKeepTheClosestCandidatesThatDidNotHitWithTheProofOfScreening() {
        // Given a listed trader, and a namesake declaring another tax number of the same country
        harness.list(listedParty("PTY-1", "Mohamed El Ouazzani", "MA-778899"));

        // When the namesake is screened
        harness.declare(declaration("D-9").importer("Mohamed El Ouazzani", "MA-112233").build());

        // Then no hit, but the record shows the entry as a near miss, with its confidence below the threshold
        ScreeningRecord record = harness.results.readValue();
        assertThat(record.getHits()).isEmpty();
        assertThat(record.getCandidates()).singleElement().satisfies(near -> {
            assertThat(near.getEntryId()).isEqualTo("PTY-1");
            assertThat(near.getRuleType()).isEqualTo(RuleType.PARTY_WATCHLIST);
            assertThat(near.getField()).isEqualTo("parties[0]");
            assertThat(near.getConfidence()).isPositive().isLessThan(harness.config.partyMatchThreshold());
        });
    }

    @Test
    void shouldLookUpAFamilyNameCommonInTheListThroughItsPairsWithTheOtherParts() {
        try (TopologyHarness small = new TopologyHarness(Map.of("matching.party.max-part-posting", "2"),
                PeriodReader.NONE)) {
            // Given a list where "Khoury" is common (more entries than the part limit of 2)
            small.list(listedParty("PTY-1", "Youssef Khoury", null));
            small.list(listedParty("PTY-2", "Antoine Khoury", null));
            small.list(listedParty("PTY-3", "Georges Khoury", null));

            // When a declarant gives the listed name with a father's name between
            small.declare(declaration("D-31").exporter("Youssef Mohammed Khoury").build());

            // Then the listed party is found through "Youssef|Khoury", and the other Khourys were never
            // candidates: not even near misses in the proof of screening
            ScreeningRecord record = small.results.readValue();
            assertThat(record.getHits()).extracting(hit -> hit.getEntryId()).containsExactly("PTY-1");
            assertThat(record.getCandidates()).isEmpty();
        }
    }

    @Test
    void shouldNotLookUpAPairOfCommonPartsWhenTheNameHasANarrowerPair() {
        try (TopologyHarness small = new TopologyHarness(Map.of("matching.party.max-part-posting", "2"),
                PeriodReader.NONE)) {
            // Given a list where Khoury is common (24 parties) and "Mohammed Khoury" names three of them
            small.list(listedParty("PTY-M1", "Mohammed Khoury", null));
            small.list(listedParty("PTY-M2", "Mohammed Ali Khoury", null));
            small.list(listedParty("PTY-M3", "Mohammed Sami Khoury", null));
            listTwentyOtherKhourys(small);
            // and the declarant's own name, its parts in another order
            small.list(listedParty("PTY-1", "Khoury Youssef Mohammed", null));

            // When "Youssef Mohammed Khoury" declares
            small.declare(declaration("D-33").exporter("Youssef Mohammed Khoury").build());

            // Then the listing of the same parts is found through the narrow pairs, and the listings that
            // share only "Mohammed|Khoury" were never candidates
            ScreeningRecord record = small.results.readValue();
            assertThat(record.getHits()).extracting(hit -> hit.getEntryId()).containsExactly("PTY-1");
            assertThat(record.getCandidates()).extracting(near -> near.getEntryId())
                .doesNotContain("PTY-M1", "PTY-M2", "PTY-M3");
        }
    }

    @Test
    void shouldLookUpAPairOfCommonPartsWhenItIsTheNarrowestKeyOfTheName() {
        try (TopologyHarness small = new TopologyHarness(Map.of("matching.party.max-part-posting", "2"),
                PeriodReader.NONE)) {
            // Given the same kind of list, where the declarant's name is listed with its parts reversed
            small.list(listedParty("PTY-M1", "Khoury Mohammed", null));
            small.list(listedParty("PTY-M2", "Mohammed Ali Khoury", null));
            small.list(listedParty("PTY-M3", "Mohammed Sami Khoury", null));
            listTwentyOtherKhourys(small);

            // When "Mohammed Khoury" declares: its only pair is wide, and its whole-name key depends on order
            small.declare(declaration("D-34").exporter("Mohammed Khoury").build());

            // Then the pair is looked up all the same, and the namesake is found
            ScreeningRecord record = small.results.readValue();
            assertThat(record.getHits()).extracting(hit -> hit.getEntryId()).contains("PTY-M1");
        }
    }

    @Test
    void shouldLookUpACommonFamilyNameOnItsOwnWhileTheListIsSmall() {
        // Given the same list under the default part limit
        harness.list(listedParty("PTY-1", "Youssef Khoury", null));
        harness.list(listedParty("PTY-2", "Antoine Khoury", null));

        harness.declare(declaration("D-32").exporter("Youssef Mohammed Khoury").build());

        // Then "Khoury" alone brings both; the other one is kept as a near miss
        ScreeningRecord record = harness.results.readValue();
        assertThat(record.getHits()).extracting(hit -> hit.getEntryId()).containsExactly("PTY-1");
        assertThat(record.getCandidates()).extracting(near -> near.getEntryId()).containsExactly("PTY-2");
    }

    @Test
    void shouldWeighAFamilyNameByHowCommonItIsInTheListHeld() {
        // Given a listed "Youssef Ali Khoury"
        harness.list(listedParty("PTY-1", "Youssef Ali Khoury", null));

        // When "Youssef Khoury" declares while the list is small, the short form matches
        harness.declare(declaration("D-41").exporter("Youssef Khoury").build());
        assertThat(harness.results.readValue().getHits()).extracting(hit -> hit.getEntryId()).containsExactly("PTY-1");

        // When the list has grown to carry Khoury for twenty more parties
        listTwentyOtherKhourys(harness);
        harness.declare(declaration("D-42").exporter("Youssef Khoury").build());

        // Then agreeing on a given name and a family name that common, with "Ali" missing, is no longer a hit
        ScreeningRecord record = harness.results.readValue();
        assertThat(record.getHits()).isEmpty();
        assertThat(record.getCandidates()).extracting(near -> near.getEntryId()).contains("PTY-1");
    }

    @Test
    void shouldReportTheSameVersionsWhateverOrderTheEntriesArrivedIn() {
        TopologyHarness other = new TopologyHarness();
        try {
            harness.list(listedParty("PTY-1", "Mohamed El Ouazzani", null));
            harness.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));
            other.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));
            other.list(listedParty("PTY-1", "Mohamed El Ouazzani", null));

            harness.declare(declaration("D-3").build());
            other.declare(declaration("D-3").build());

            ScreeningRecord mine = harness.results.readValue();
            ScreeningRecord theirs = other.results.readValue();
            assertThat(theirs.getWatchlistVersion()).isEqualTo(mine.getWatchlistVersion());
            assertThat(theirs.getProfilesVersion()).isEqualTo(mine.getProfilesVersion());
            assertThat(theirs.getConfigHash()).isEqualTo(mine.getConfigHash());
        } finally {
            other.close();
        }
    }

    @Test
    void shouldRecordARetroScreeningAsRetro() {
        harness.declare(declaration("D-4").exporter("Karim Haddad").build());
        harness.list(listedParty("PTY-9", "Karim Haddad", null));

        List<ScreeningRecord> records = harness.results.readValuesToList();
        assertThat(records).extracting(ScreeningRecord::getRetro).containsExactly(false, true);
        assertThat(records.get(1).getHits()).extracting(h -> h.getEntryId()).containsExactly("PTY-9");
    }

    /** Twenty more listed parties called Khoury: enough for the list to make the family name common. */
    private static void listTwentyOtherKhourys(TopologyHarness list) {
        String[] given = {"Antoine", "Georges", "Elias", "Rami"};
        for (int i = 0; i < 20; i++) {
            list.list(listedParty("PTY-K" + i, given[i % given.length] + " Khoury", null));
        }
    }
}
