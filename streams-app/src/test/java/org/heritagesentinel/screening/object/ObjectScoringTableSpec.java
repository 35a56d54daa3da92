package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ObjectScoringTableSpec {
    private static final ObjectScoringTable SHIPPED = ObjectScoringTable.defaults();

    @Test
    void withoutReplacementsItIsTheShippedTable() {
        assertThat(SHIPPED.with(Map.of())).isSameAs(SHIPPED);
    }

    @Test
    void aReplacementChangesThatNumberAndNoOther() {
        ObjectScoringTable lower = SHIPPED.with(Map.of("genericCap", 0.45, "maxCandidates", 200.0));

        assertThat(lower.genericCap()).isEqualTo(0.45);
        assertThat(lower.maxCandidates()).isEqualTo(200);
        assertThat(lower).isNotEqualTo(SHIPPED);
        assertThat(lower.with(Map.of("genericCap", SHIPPED.genericCap(), "maxCandidates", (double) SHIPPED.maxCandidates())))
            .isEqualTo(SHIPPED);
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesTheTableHas() {
        assertThatThrownBy(() -> SHIPPED.with(Map.of("genricCap", 0.45)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("no number named genricCap in the object scoring table: expected one of type, material,")
            .hasMessageContaining("genericCap");
    }

    @Test
    void aValueOutOfItsRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> SHIPPED.with(Map.of("typeConflict", 1.5)))
            .hasMessage("typeConflict=1.5: expected a number between 0 and 1");
        assertThatThrownBy(() -> SHIPPED.with(Map.of("maxPosting", 2.5)))
            .hasMessage("maxPosting=2.5: expected a whole number ≥ 0");
        assertThatThrownBy(() -> SHIPPED.with(Map.of("maxCandidates", 0.0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCandidates must be positive");
    }
}
