package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.PendingRetroChange;
import org.heritagesentinel.avro.RetroProgress;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.screening.PeriodReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retro-screening in passes of bounded time ({@code retro.max-time-per-pass}): with no time per pass, each pass
 * looks at one candidate, so a change with many candidates yields after each and the punctuation resumes it where
 * it stopped; live declarations are screened between the passes, and every matching declaration is alerted once.
 */
class RetroScreeningInPassesSpec {
    private static final Instant TEN_DAYS_AGO = Instant.parse("2026-11-10T08:00:00Z");
    private static final int MATCHING = 12;

    private final TopologyHarness harness = new TopologyHarness(Map.of("retro.max-time-per-pass", "PT0S"), PeriodReader.NONE);
    private final WatchlistEntry entry = listedParty("PTY-9", "Karim Haddad", null);

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<String> declareMatching(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            CustomsDeclaration declaration = declaration("D-%02d".formatted(i)).acceptedAt(TEN_DAYS_AGO).exporter("Karim Haddad").build();
            harness.declare(declaration);
            keys.add(RecordKeys.declaration(declaration));
        }
        return keys;
    }

    private KeyValueStore<String, PendingRetroChange> pending() {
        return harness.driver.getKeyValueStore(SentinelTopology.RETRO_PENDING_STORE);
    }

    private double meter(String name) {
        return harness.meters.get(name).counter().count();
    }

    @Test
    void aChangeWithManyCandidatesAlertsEachOnceOverSeveralPassesAndLiveDeclarationsAreScreenedBetween() {
        List<String> matching = declareMatching(MATCHING);
        assertThat(harness.alerts.isEmpty()).isTrue();

        // When the exporter is listed: the first pass looks at one candidate and yields
        harness.list(entry);
        List<Alert> alerts = new ArrayList<>(harness.alerts.readValuesToList());
        assertThat(alerts).hasSize(1);
        assertThat(pending().get("PTY-9#" + entry.getRevision()).getProgress().getLeft()).isEqualTo(MATCHING - 1);

        // a live declaration arriving between two passes is screened at once, against the index holding the entry
        harness.declare(declaration("D-99").exporter("Karim Haddad").build());
        List<Alert> live = harness.alerts.readValuesToList();
        assertThat(live).singleElement().satisfies(alert -> assertThat(alert.getRetro()).isFalse());

        // the punctuation resumes the change one candidate per pass; D-99, now a candidate too, is not alerted again
        int passes = 0;
        while (pending().get("PTY-9#" + entry.getRevision()) != null && passes < 3 * MATCHING) {
            harness.screenPendingRetroChanges();
            List<Alert> raised = harness.alerts.readValuesToList();
            assertThat(raised).hasSizeLessThanOrEqualTo(1);
            alerts.addAll(raised);
            passes++;
        }

        assertThat(alerts).allSatisfy(alert -> assertThat(alert.getRetro()).isTrue());
        assertThat(alerts).extracting(Alert::getSubjectKey).containsExactlyElementsOf(matching);
        assertThat(passes).isEqualTo(MATCHING);
        assertThat(meter("sentinel.retro.changes.deferred")).isEqualTo(1.0);
        assertThat(meter("sentinel.retro.passes.resumed")).isEqualTo(MATCHING);
        assertThat(harness.meters.get("sentinel.retro.candidates.left").gauge().value()).isZero();
    }

    @Test
    void aChangeThatYieldedBeforeARestartResumesWhereItStoppedAndARepeatedPassRaisesNothingTwice() {
        List<String> matching = declareMatching(6);
        harness.listInTableOnly(entry);
        // as restored from the changelog: three candidates looked at (and alerted) before the instance stopped
        RetroProgress stoppedAt = RetroProgress.newBuilder().setResumeAfter(matching.get(2)).setLooked(3).setAlerted(3)
            .setPasses(3).setLeft(3).build();
        PendingRetroChange restored = new PendingRetroChange(entry, null, TopologyHarness.WALL_CLOCK,
            TopologyHarness.WALL_CLOCK, stoppedAt);
        pending().put("PTY-9#" + entry.getRevision(), restored);

        IntStream.range(0, 3).forEach(i -> harness.screenPendingRetroChanges());

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey)
            .containsExactlyElementsOf(matching.subList(3, 6));
        assertThat(pending().get("PTY-9#" + entry.getRevision())).isNull();

        // the same passes repeated from the same point (their progress lost, as under at-least-once) raise nothing
        pending().put("PTY-9#" + entry.getRevision(), restored);
        IntStream.range(0, 3).forEach(i -> harness.screenPendingRetroChanges());

        assertThat(harness.alerts.isEmpty()).isTrue();
        assertThat(pending().get("PTY-9#" + entry.getRevision())).isNull();
    }
}
