package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.util.Map;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.metrics.ThreadCpuClock;
import org.heritagesentinel.screening.PeriodReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code sentinel_screening_cpu_seconds_total}: the CPU a stream thread spends screening declarations, a part of
 * what it spends on them in all (the bench prints the split per declaration; docs/benchmarks.md).
 */
class ScreeningCpuSpec {
    private final TopologyHarness harness = new TopologyHarness(Map.of(), PeriodReader.NONE);

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void screeningADeclarationCountsItsCpuWithinWhatTheThreadSpentOnIt() {
        harness.list(listedParty("PTY-1", "Mohamed El Ouazzani", "MA-778899"));
        double before = screeningCpuSeconds();

        long threadBefore = ThreadCpuClock.now();
        for (int i = 0; i < 50; i++) {
            harness.declare(declaration("D-" + i).exporter(i % 2 == 0 ? "Mohamed El Ouazzani" : "Atlas Olive Exports").build());
        }
        double threadSeconds = (ThreadCpuClock.now() - threadBefore) / 1e9;

        double screening = screeningCpuSeconds() - before;
        assertThat(screening).isPositive().isLessThan(threadSeconds);
    }

    @Test
    void aWithdrawalIsNotScreened() {
        CustomsDeclaration declared = declaration("D-1").build();
        harness.declare(declared);
        double before = screeningCpuSeconds();

        harness.declarations.pipeInput(RecordKeys.declaration(declared), null);

        assertThat(screeningCpuSeconds()).isEqualTo(before);
    }

    private double screeningCpuSeconds() {
        return harness.meters.get("sentinel.screening.cpu").counter().count();
    }
}
