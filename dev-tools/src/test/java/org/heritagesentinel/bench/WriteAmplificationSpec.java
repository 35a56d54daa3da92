package org.heritagesentinel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.bench.WriteAmplification.Row;
import org.heritagesentinel.bench.WriteAmplification.TopicSize;
import org.junit.jupiter.api.Test;

class WriteAmplificationSpec {
    private static final String INPUT = "customs.declarations.v1";

    @Test
    void shouldDivideWhatEachTopicGrewByTheDeclarationsLargestWriterFirst() {
        Map<String, TopicSize> before = Map.of(
            "customs.alerts.v1", new TopicSize(10, 4_000),
            "app-recent-changelog", new TopicSize(0, 0));
        Map<String, TopicSize> after = Map.of(
            "customs.alerts.v1", new TopicSize(60, 24_000),
            "app-recent-changelog", new TopicSize(300, 30_000));

        assertThat(WriteAmplification.between(before, after, INPUT, 100)).containsExactly(
            new Row("app-recent-changelog", 3.0, 300.0),
            new Row("customs.alerts.v1", 0.5, 200.0));
    }

    @Test
    void shouldCountATopicCreatedDuringThePhaseFromZero() {
        Map<String, TopicSize> after = Map.of("app-link-repartition", new TopicSize(250, 50_000));

        assertThat(WriteAmplification.between(Map.of(), after, INPUT, 50)).containsExactly(
            new Row("app-link-repartition", 5.0, 1_000.0));
    }

    @Test
    void shouldLeaveOutTheInputAndTopicsNobodyWrote() {
        Map<String, TopicSize> before = Map.of(INPUT, new TopicSize(0, 0), "watchlist.entries.v1", new TopicSize(1_000, 90_000));
        Map<String, TopicSize> after = Map.of(INPUT, new TopicSize(500, 80_000), "watchlist.entries.v1", new TopicSize(1_000, 90_000),
            "customs.alerts.v1", new TopicSize(25, 5_000));

        assertThat(WriteAmplification.between(before, after, INPUT, 500)).extracting(Row::topic).containsExactly("customs.alerts.v1");
    }

    @Test
    void shouldRefuseAPhaseWithoutDeclarations() {
        assertThatThrownBy(() -> WriteAmplification.between(Map.of(), Map.of(), INPUT, 0))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no declarations");
    }

    @Test
    void shouldPrintEveryTopicAndTheTotalPerDeclaration() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        WriteAmplification.print(new PrintStream(captured, true, StandardCharsets.UTF_8), "screening-100", 1_000,
            List.of(new Row("app-recent-changelog", 3.0, 300.0), new Row("customs.alerts.v1", 0.5, 200.0)));

        String table = captured.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("[screening-100] written per declaration (1,000 declarations; offsets include transaction markers)");
        assertThat(table).containsPattern("app-recent-changelog +3\\.00 +300");
        assertThat(table).containsPattern("customs\\.alerts\\.v1 +0\\.50 +200");
        assertThat(table).containsPattern("total +3\\.50 +500");
    }
}
