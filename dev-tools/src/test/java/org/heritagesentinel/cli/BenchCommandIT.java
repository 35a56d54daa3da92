package org.heritagesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke: {@code sentinel bench --quick} runs every phase in miniature on a real broker
 * and registry and prints the table. It checks that the harness works, never the figures.
 */
class BenchCommandIT {

    @Test
    void shouldRunEveryPhaseAndPrintTheTable() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        long started = System.nanoTime();
        int exitCode;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            // with an extra option of the application JVMs: they must start with it, and the report must say so
            exitCode = SentinelCli.execute("bench", "--quick", "--app-jvm-option", "-XX:+UseSerialGC");
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.println(output);
        original.printf("bench --quick took %d s%n", (System.nanoTime() - started) / 1_000_000_000L);

        assertThat(exitCode).isZero();
        assertThat(output).contains("load average (1/5/15 min)");
        assertThat(output).contains("application JVM options besides -Xmx512m -Xms64m: -XX:+UseSerialGC");
        assertThat(output).containsPattern("passthrough +- +[0-9.]+s");
        assertThat(output).containsPattern("screening +100 +[0-9.]+s");
        assertThat(output).containsPattern("screening +500 +[0-9.]+s");
        // latency is measured only once the backlog is consumed; on a loaded runner the table says why it was not
        assertThat(output).satisfiesAnyOf(table -> assertThat(table).containsPattern("screening +500 +100 +\\d+"),
            table -> assertThat(table).containsPattern("screening +500 .*\\*").contains("not consumed within"));
        // retro phase: an import of 500 against 300 declarations of 30 days: publish, retro done, entries/s, alerts, summaries, CPU, heap, RSS
        assertThat(output).containsPattern("retro +500 +300 +[0-9.]+s +[0-9.]+s +[0-9,]+ +[0-9,]+ +[0-9,]+ +[0-9.]+ +\\d+ +\\d+");
        assertThat(output).contains("targets");
    }
}
