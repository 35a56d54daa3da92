package org.heritagesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The README's demo, for real: broker, registry, application and traffic from one command. */
class DemoCommandIT {

    @Test
    void shouldPrintLiveAlertsWithinAMinuteAndStopCleanly() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        long started = System.nanoTime();
        int exitCode;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exitCode = SentinelCli.execute("demo", "--duration", "PT25S", "--rate", "40", "--seed", "7");
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.println(output);
        original.printf("demo run took %d s in all (start-up + 25 s of traffic + shutdown)%n",
            (System.nanoTime() - started) / 1_000_000_000L);

        assertThat(exitCode).isZero();
        assertThat(output).contains("Screening is live (watchlist: 13 entries)");
        assertThat(output).contains("ALERT NEW");
        assertThat(output).containsPattern("- (PARTY_WATCHLIST|EMBARGO_ORIGIN|CONVEYANCE_WATCHLIST|DOCUMENT_WATCHLIST) ");
        assertThat(output).contains("[live] declarations");
        assertThat(output).containsPattern("metrics  http://127\\.0\\.0\\.1:\\d+/metrics");
        assertThat(output).contains("Stopped cleanly.");
    }
}
