package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * Pins the topology: store, processor and internal topic names are state that survives upgrades.
 * A change here must be deliberate — then regenerate the file with -Dsentinel.topology.update=true
 * and record the migration in docs/decisions.md.
 */
class TopologyNamesSpec {
    private static final Path PINNED = Paths.get("src/test/resources/topology/sentinel-topology.txt");

    @Test
    void shouldKeepEveryStoreProcessorAndTopicNameStable() throws IOException {
        String described;
        try (TopologyHarness harness = new TopologyHarness()) {
            described = harness.topology.describe().toString();
        }
        if (Boolean.getBoolean("sentinel.topology.update")) {
            Files.writeString(PINNED, described, StandardCharsets.UTF_8);
        }
        assertThat(described).isEqualTo(Files.readString(PINNED, StandardCharsets.UTF_8));
    }
}
