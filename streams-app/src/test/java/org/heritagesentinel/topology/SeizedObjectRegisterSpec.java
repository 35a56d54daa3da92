package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Seizures.seizure;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.PartySeizure;
import org.heritagesentinel.avro.PartySeizureHistory;
import org.heritagesentinel.avro.ReferencedObjects;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.avro.SharingScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeizedObjectRegisterSpec {
    private TopologyHarness harness;
    private KeyValueStore<String, SeizureRegisterRecord> register;
    private KeyValueStore<String, PartySeizureHistory> histories;
    private KeyValueStore<String, ReferencedObjects> references;

    @BeforeEach
    void start() {
        harness = new TopologyHarness();
        register = harness.driver.getKeyValueStore(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE);
        histories = harness.driver.getKeyValueStore(SentinelTopology.PARTY_SEIZURE_HISTORY_STORE);
        references = harness.driver.getKeyValueStore(SentinelTopology.SEIZED_OBJECT_REFERENCES_STORE);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldRegisterSeizedObjectsWithOfficeDateAndCustodyBySeizureKey() {
        // When
        harness.seize("MA:S-1", seizure("S-1").by("MA").exporter("Hassan Trading").coins("Casablanca customs vault 3").build());

        // Then
        SeizureRegisterRecord record = register.get("MA:S-1");
        assertThat(record.getOffice()).isEqualTo("MA-PORT-1");
        assertThat(record.getSeizedAt()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(record.getSharingScope()).isEqualTo(SharingScope.REGIONAL);
        assertThat(record.getObjects()).singleElement().satisfies(object -> {
            assertThat(object.getObjectId()).isEqualTo("MA:S-1:O0");
            assertThat(object.getCustodyLocation()).isEqualTo("Casablanca customs vault 3");
            assertThat(object.getObject().getObjectType()).isEqualTo("coin");
        });
    }

    @Test
    void shouldKeepAPartysSeizureHistoryAcrossAuthoritiesNewestFirst() {
        // When the same exporter is named in seizures of two authorities
        harness.seize("MA:S-1", seizure("S-1").by("MA").exporter("Hassan Trading").coins("vault").build());
        Instant later = Instant.parse("2026-11-10T08:00:00Z");
        harness.seize("JO:S-2", seizure("S-2").by("JO").exporter("HASSAN TRADING").seizedAt(later, later.plus(Duration.ofDays(40)))
            .build());

        // Then one history, keyed by the party key, holds both
        assertThat(histories.get("NAME:HASSANTRADING").getSeizures()).extracting(PartySeizure::getSeizureKey)
            .containsExactly("JO:S-2", "MA:S-1");
    }

    @Test
    void shouldFollowCorrectionsAndWithdrawals() {
        // Given
        harness.seize("MA:S-1", seizure("S-1").by("MA").exporter("Hassan Trading").coins("vault").build());
        harness.seize("MA:S-3", seizure("S-3").by("MA").exporter("Hassan Trading").build());

        // When the first report is corrected to name another exporter, and the second withdrawn
        harness.seize("MA:S-1", seizure("S-1").by("MA").version(1).exporter("Nour Antiques").coins("vault 9").build());
        harness.seize("MA:S-3", seizure("S-3").by("MA").version(1).withdrawn().build());

        // Then
        assertThat(histories.get("NAME:HASSANTRADING")).isNull();
        assertThat(histories.get("NAME:NOURANTIQUES").getSeizures()).extracting(PartySeizure::getSeizureKey)
            .containsExactly("MA:S-1");
        assertThat(register.get("MA:S-1").getObjects().get(0).getCustodyLocation()).isEqualTo("vault 9");
        assertThat(register.get("MA:S-3")).isNull();
    }

    @Test
    void shouldIndexSeizedObjectsByReferenceNumberUntilACorrectionDropsThem() {
        // Given the same INTERPOL reference seized by two authorities, written differently
        harness.seize("MA:S-1", seizure("S-1").by("MA").referencedObject("tablet", "INTERPOL 2023/4567", "vault 1").build());
        harness.seize("JO:S-2", seizure("S-2").by("JO").referencedObject("tablet", "interpol-2023-4567", "Amman store").build());

        // When Morocco's report is corrected to another reference
        harness.seize("MA:S-1", seizure("S-1").by("MA").version(1).referencedObject("tablet", "INV-88", "vault 1").build());

        // Then
        assertThat(references.get("INTERPOL20234567").getObjects()).extracting(o -> o.getObject().getCustodyLocation())
            .containsExactly("Amman store");
        assertThat(references.get("INV88").getObjects()).extracting(o -> o.getObject().getObjectId())
            .containsExactly("MA:S-1:O0");
    }

    @Test
    void shouldIgnoreAnOlderVersionArrivingLate() {
        // Given
        harness.seize("MA:S-1", seizure("S-1").by("MA").version(2).exporter("Nour Antiques").build());

        // When
        harness.seize("MA:S-1", seizure("S-1").by("MA").version(1).exporter("Hassan Trading").build());

        // Then
        assertThat(register.get("MA:S-1").getVersion()).isEqualTo(2);
        assertThat(histories.get("NAME:HASSANTRADING")).isNull();
    }
}
