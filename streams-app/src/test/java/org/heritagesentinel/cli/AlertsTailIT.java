package org.heritagesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.e2e.SharedStack;
import org.junit.jupiter.api.Test;

/** {@code sentinel alerts tail --authority X} reads that authority's view on a real broker and registry. */
class AlertsTailIT {

    @Test
    void shouldPrintTheAlertsOfOneAuthority() throws Exception {
        SentinelConfig config = SharedStack.get().config(Map.of());
        Alert alert = Alert.newBuilder().setAlertId("ALR-TAIL").setStatus(AlertStatus.NEW).setSubjectKey("LB:NAJM:T-1")
            .setAuthority("LB").setEventTime(Instant.parse("2026-11-20T10:00:00Z")).setScore(75).setSeverity(Severity.HIGH)
            .setLane(Lane.RED).setRecipients(List.of("LB")).setSummary("LB:NAJM:T-1 v0 IMPORT TR→LB: score 75 RED")
            .build();
        new Clients(config).send(config.topics().alertsFor("LB"), "LB:NAJM:T-1", alert, Alert.class);
        Path properties = Files.createTempFile("sentinel-tail-", ".properties");
        Files.writeString(properties, "kafka.bootstrap.servers=" + config.bootstrapServers() + "\nregistry.url="
            + config.registryUrl() + "\n");

        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = SentinelCli.execute("alerts", "tail", "-c", properties.toString(), "--authority", "lb",
                "--from-beginning", "--max", "1");
        } finally {
            System.setOut(original);
        }

        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(output).contains("Tailing alerts.lb.v1").contains("ALERT NEW").contains("LB:NAJM:T-1").contains("RED");
    }
}
