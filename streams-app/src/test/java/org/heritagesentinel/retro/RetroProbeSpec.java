package org.heritagesentinel.retro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;
import static org.heritagesentinel.testdata.WatchlistEntries.stolenTablet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.topology.SentinelTopology;
import org.junit.jupiter.api.Test;

/**
 * The retro probe screens a declaration against the changed entry alone: it must find the entry
 * wherever the full screening against the whole list finds it, and spare the full screening where
 * the entry cannot be hit.
 */
class RetroProbeSpec {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final SentinelTopology.Parts parts = ScreeningParts.create(
        ConfigLoader.withOverrides(Map.of("kafka.bootstrap.servers", "dummy:9092")), InternalAvroSerde::new,
        new SentinelMetrics(new SimpleMeterRegistry()));
    private final RetroProbe probe = parts.retro().newProbe();

    private final List<WatchlistEntry> list = List.of(
        listedParty("PTY-1", "Karim Haddad", null),
        listedParty("PTY-2", "Karim Hadad", null),
        listedParty("PTY-3", "Layla Nasser", "TIN-77"),
        listedParty("PTY-4", "Samir Aziz", null),
        embargoProfile("PRF-SY", List.of("9705"), List.of("SY")),
        stolenTablet("OBJ-1", "ISIL-4711"));

    private final List<CustomsDeclaration> declarations = List.of(
        declaration("D-1").exporter("Karim Haddad").build(),
        declaration("D-2").exporter("Carim Hadad").importer("L. Nasser", "TIN-77").build(),
        declaration("D-3").exporter("John Smith").item("970510", "archaeological pieces", "SY").build(),
        declaration("D-4").exporter("Marie Dupont").item("970510", "archaeological pieces", "FR").build(),
        declaration("D-5").exporter("Samira Azzi").item("970600", "clay tablet with cuneiform inscription", "IQ").build(),
        declaration("D-6").exporter("Peter Brown").item("940360", "wooden chest", "GB").build());

    @Test
    void shouldFindTheChangedEntryWhereverTheFullScreeningAgainstTheWholeListFindsIt() {
        list.forEach(parts.index()::upsert);
        int fullHits = 0;
        for (CustomsDeclaration declaration : declarations) {
            ScreeningSubject subject = new ScreeningSubject(declaration.getDeclarationId(), declaration, declaration.getAcceptedAt());
            var found = parts.screener().screen(subject, NOW).hits();
            for (WatchlistEntry entry : list) {
                boolean full = RetroScreening.hitOn(found, entry.getEntryId()).isPresent();
                if (full) {
                    fullHits++;
                    assertThat(probe.mayHit(entry, subject, List.of(), NOW))
                        .as("%s hits %s in the full screening", declaration.getDeclarationId(), entry.getEntryId()).isTrue();
                }
            }
        }
        assertThat(fullHits).as("the example list and declarations produce hits to compare").isGreaterThanOrEqualTo(4);
    }

    @Test
    void shouldSpareTheFullScreeningOfDeclarationsTheEntryCannotHit() {
        assertThat(probe.mayHit(list.get(0), subject(declarations.get(2)), List.of(), NOW)).isFalse();
        assertThat(probe.mayHit(list.get(4), subject(declarations.get(3)), List.of(), NOW)).isFalse();
        assertThat(probe.mayHit(list.get(4), subject(declarations.get(5)), List.of(), NOW)).isFalse();
        assertThat(probe.mayHit(list.get(0), subject(declarations.get(0)), List.of(), NOW)).isTrue();
    }

    private static ScreeningSubject subject(CustomsDeclaration declaration) {
        return new ScreeningSubject(declaration.getDeclarationId(), declaration, declaration.getAcceptedAt());
    }
}
