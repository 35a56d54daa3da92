package org.heritagesentinel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The targets the bench checks are issue 19's, each line saying met or NOT MET on the run's own figures. */
class ResultTableSpec {
    private static final RetroResult RETRO = new RetroResult(500, 300, 200, 14_000, 6, 3, 9.3, 60L << 20, 380L << 20, null);

    @Test
    void shouldCheckThroughputAgainstThePassthroughAndTheSmallestList() {
        String table = table(List.of(passthrough(6_000), screening(1_000, 1_900, 3.9, List.of()),
            screening(100_000, 1_500, 4.2, List.of())));

        assertThat(table).containsPattern("screening throughput >= 0.30 of passthrough \\(1k list\\) +0.32  met")
            .containsPattern("throughput with 100k >= 0.8 of 1k +0.79  NOT MET");
    }

    @Test
    void shouldCheckTheP99At1000PerSecondOfEveryListMeasured() {
        String table = table(List.of(passthrough(6_000), screening(1_000, 1_900, 3.9, List.of(latency(1_000, 140))),
            screening(100_000, 1_900, 3.9, List.of(latency(100, 40), latency(1_000, 151)))));

        assertThat(table).containsPattern("p99 <= 150 ms at 1,000/s \\(1k list; commit interval 100 ms\\) +140 ms  met")
            .containsPattern("p99 <= 150 ms at 1,000/s \\(100k list; commit interval 100 ms\\) +151 ms  NOT MET")
            .doesNotContain("not measured");
    }

    @Test
    void shouldSayWhenNoP99At1000PerSecondWasMeasured() {
        String table = table(List.of(passthrough(6_000), screening(1_000, 1_900, 3.9, List.of(latency(100, 40)))));

        assertThat(table).contains("p99 at 1,000/s: not measured in this plan");
    }

    @Test
    void shouldCompareWithTheSmallestListThatHoldsEntriesAndSayWhatTheEmptyListCosts() {
        String table = table(List.of(passthrough(6_000), screening(0, 1_800, 3.1, List.of()), screening(1_000, 1_200, 3.4, List.of()),
            screening(100_000, 1_000, 3.7, List.of())));

        assertThat(table).contains("without matching (empty list): 0.30 of passthrough, 3.1 offsets per declaration:"
                + " the ceiling of what faster matching can reach")
            .containsPattern("screening throughput >= 0.30 of passthrough \\(1k list\\) +0.20  NOT MET")
            .containsPattern("throughput with 100k >= 0.8 of 1k +0.83  met")
            .doesNotContain("of 0 ");
    }

    @Test
    void shouldNotPassAP99WhoseOutputsNeverCame() {
        InstanceResult.LatencyResult nothingCame = new InstanceResult.LatencyResult(1_000, 20_000, 1_000, 0,
            new LatencyProbe.Percentiles(0, -1, -1, -1, -1));
        String table = table(List.of(passthrough(6_000), screening(1_000, 1_900, 3.9, List.of(nothingCame))));

        assertThat(table).containsPattern("p99 <= 150 ms at 1,000/s \\(1k list; commit interval 100 ms\\) +no output  NOT MET");
    }

    @Test
    void shouldCheckTheOffsetsWrittenPerDeclarationOfEveryScreeningApp() {
        String table = table(List.of(passthrough(6_000), screening(1_000, 1_900, 4.96, List.of()),
            screening(100_000, 1_900, 38.5, List.of())));

        assertThat(table).containsPattern("offsets written per declaration <= 5 \\(1k list; markers included\\) +5.0  met")
            .containsPattern("offsets written per declaration <= 5 \\(100k list; markers included\\) +38.5  NOT MET");
    }

    @Test
    void shouldSayWhatTheFiguresOfSeveralInstancesAre() {
        List<InstanceResult> results = List.of(passthrough(6_000), screening(1_000, 1_900, 3.9, List.of()));
        BenchCommand twoInstances = new BenchCommand();
        new CommandLine(twoInstances).parseArgs("--instances", "2");

        assertThat(table(results, twoInstances.plan())).contains("2 instances per application: throughput of the group;"
            + " bootstrap and index ready of the slowest instance; heap and RSS of the largest instance (per JVM);"
            + " retro CPU of all instances together");
        assertThat(table(results)).doesNotContain("instances per application");
    }

    private static String table(List<InstanceResult> results) {
        return table(results, BenchPlan.full());
    }

    private static String table(List<InstanceResult> results, BenchPlan plan) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ResultTable.print(new PrintStream(captured, true, StandardCharsets.UTF_8), results, RETRO, plan);
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static InstanceResult passthrough(double throughput) {
        return new InstanceResult("passthrough", -1, 3_000, 100, 0, throughput, true, 15L << 20, 17L << 20, 200L << 20, List.of(),
            0, 1.1, null);
    }

    private static InstanceResult screening(int entries, double throughput, double offsets, List<InstanceResult.LatencyResult> latencies) {
        return new InstanceResult("screening", entries, 20_000, 9_000, entries, throughput, true, 400L << 20, 420L << 20, 900L << 20,
            latencies, 0, offsets, null);
    }

    private static InstanceResult.LatencyResult latency(int rate, long p99) {
        return new InstanceResult.LatencyResult(rate, rate * 20L, rate, rate * 20L, new LatencyProbe.Percentiles(rate * 20, p99 / 3, p99,
            p99 + 10, p99 + 20));
    }
}
