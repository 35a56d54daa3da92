package org.heritagesentinel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CpuSampleSpec {
    @Test
    void shouldSplitTheStreamThreadsCpuPerDeclarationIntoScreeningAndTheRest() {
        CpuSample before = new CpuSample(1_000_000_000L, 400_000_000L, 100_000_000L);
        CpuSample after = new CpuSample(4_000_000_000L, 2_900_000_000L, 1_100_000_000L);

        String printed = printed(1, before, after, 1_000);

        assertThat(printed).isEqualTo("[screening-100] CPU per declaration over 1,000 declarations: 3.000 ms in the JVM,"
            + " 2.500 ms in the stream threads = 1.000 ms screening (matching and rules) + 1.500 ms the rest"
            + " (read, stores, serialise, write, commit)\n");
    }

    @Test
    void shouldPrintNothingWhenNoDeclarationWasCommitted() {
        CpuSample sample = new CpuSample(1, 1, 1);

        assertThat(printed(1, sample, sample, 0)).isEmpty();
    }

    @Test
    void shouldAddTheInstancesOfAnApplicationUp() {
        CpuSample first = new CpuSample(3_000, 2_000, 1_000);
        CpuSample second = new CpuSample(300, 200, 100);

        assertThat(first.plus(second)).isEqualTo(new CpuSample(3_300, 2_200, 1_100));
        assertThat(printed(2, new CpuSample(0, 0, 0), first.plus(second), 1)).startsWith(
            "[screening-100] CPU per declaration over 1 declarations: 0.003 ms in the 2 JVMs together, 0.002 ms in the stream threads");
        assertThat(AppGroup.megabytes(java.util.List.of(120L << 20, 95L << 20))).isEqualTo("120 / 95 MB (per instance)");
        assertThat(AppGroup.megabytes(java.util.List.of(120L << 20))).isEqualTo("120 MB");
        assertThat(AppGroup.largest(java.util.List.of(120L << 20, 95L << 20))).isEqualTo(120L << 20);
    }

    @Test
    void shouldReadTheApplicationsReplyAndRefuseAnyOther() {
        assertThat(CpuSample.parse("BENCH CPU 30 20 10")).isEqualTo(new CpuSample(30, 20, 10));
        assertThatThrownBy(() -> CpuSample.parse("BENCH MEM 30 20")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not a CPU reply");
    }

    @Test
    void shouldMeasureThisJvmAndOnlyItsStreamThreads() throws InterruptedException {
        long[] spent = new long[1];
        Thread stream = new Thread(() -> {
            long until = System.nanoTime() + 50_000_000L;
            while (System.nanoTime() < until) {
                spent[0]++;
            }
        }, "bench-app-0a1b-StreamThread-1");
        long threadsBefore = CpuSample.currentStreamThreadNanos();
        stream.start();
        long duringRun = 0;
        while (stream.isAlive()) {
            duringRun = Math.max(duringRun, CpuSample.currentStreamThreadNanos());
        }
        stream.join();

        assertThat(duringRun).isGreaterThan(threadsBefore);
        assertThat(spent[0]).isPositive();
        assertThat(CpuSample.currentProcessNanos()).isGreaterThanOrEqualTo(duringRun);
    }

    private static String printed(int jvms, CpuSample before, CpuSample after, long declarations) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CpuSample.print(new PrintStream(captured, true, StandardCharsets.UTF_8), "screening-100", jvms, before, after, declarations);
        return captured.toString(StandardCharsets.UTF_8);
    }
}
