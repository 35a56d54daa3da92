package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.testdata.Declarations;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.heritagesentinel.topology.SentinelTopology;
import org.junit.jupiter.api.Test;

/**
 * The matching work one declaration may cause is bounded: when the budget of listed names compared runs
 * out, the declaration is flagged NOT_SCREENED ("not fully screened") instead of holding its partition —
 * here against an entry of 70,000 aliases listed before the validator bounded aliases.
 */
class MatchingBudgetSpec {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void aDeclarationWhoseCandidatesExceedTheBudgetIsFlaggedNotFullyScreenedQuickly() {
        SentinelTopology.Parts parts = parts("20000");
        parts.index().upsert(WatchlistEntries.base("PTY-ALIASES", EntryKind.PARTY)
            .setParty(ListedParty.newBuilder().setNames(aliases("Youssef Haddad", 70_000)).build()).build());
        CustomsDeclaration declaration = Declarations.declaration("D-1").exporter("Youssef Haddad").build();

        long started = System.nanoTime();
        ScreeningResult result = parts.screener().screen(new ScreeningSubject("K", declaration, NOW), NOW);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Hit flag = result.hits().stream().filter(NotScreened::isBudgetExhausted).findFirst().orElseThrow();
        assertThat(flag.getRuleType()).isEqualTo(RuleType.NOT_SCREENED);
        assertThat(flag.getExplanation()).contains("not fully screened", "20000", "limits.declaration.name-comparisons");
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aDeclarationWithinTheBudgetIsScreenedInFullWithoutTheFlag() {
        SentinelTopology.Parts parts = parts("20000");
        parts.index().upsert(WatchlistEntries.base("PTY-LISTED", EntryKind.PARTY).setRiskWeight(80)
            .setParty(ListedParty.newBuilder().setNames(aliases("Youssef Haddad", 100)).build()).build());
        CustomsDeclaration declaration = Declarations.declaration("D-2").exporter("Youssef Haddad").build();

        ScreeningResult result = parts.screener().screen(new ScreeningSubject("K", declaration, NOW), NOW);

        assertThat(result.hits()).noneMatch(NotScreened::isBudgetExhausted);
        assertThat(result.hits()).extracting(Hit::getEntryId).contains("PTY-LISTED");
    }

    @Test
    void theHitsFoundBeforeTheBudgetRanOutAreKept() {
        SentinelTopology.Parts parts = parts("150");
        parts.index().upsert(WatchlistEntries.listedParty("PTY-A", "Youssef Haddad", null));
        parts.index().upsert(WatchlistEntries.base("PTY-B", EntryKind.PARTY)
            .setParty(ListedParty.newBuilder().setNames(aliases("Karim Mansour", 200)).build()).build());
        CustomsDeclaration declaration = Declarations.declaration("D-3").exporter("Youssef Haddad")
            .importer("Karim Mansour", "JO-7770001").build();

        ScreeningResult result = parts.screener().screen(new ScreeningSubject("K", declaration, NOW), NOW);

        assertThat(result.hits()).anyMatch(NotScreened::isBudgetExhausted);
        assertThat(result.hits()).extracting(Hit::getEntryId).contains("PTY-A");
    }

    private static SentinelTopology.Parts parts(String budget) {
        return ScreeningParts.create(ConfigLoader.withOverrides(Map.of("limits.declaration.name-comparisons", budget)),
            InternalAvroSerde::new, new SentinelMetrics(new SimpleMeterRegistry()));
    }

    /** {@code name} first, then numbered variants of it. */
    private static List<String> aliases(String name, int count) {
        List<String> names = new ArrayList<>(List.of(name));
        for (int i = 1; i < count; i++) {
            names.add(name + " " + Integer.toString(i, 26));
        }
        return names;
    }
}
