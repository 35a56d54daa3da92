package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyQualifiersTest {

    @Test
    void shouldLeaveTheScoreAloneWhenFactsAreMissing() {
        QualifiedScore q = PartyQualifiers.adjust(0.9, null, List.of(), null, "1970");
        assertThat(q.score()).isEqualTo(0.9);
        assertThat(q.explanation()).isEmpty();
    }

    @Test
    void shouldLowerTheScoreForAnotherCountryOrBirthYear() {
        QualifiedScore country = PartyQualifiers.adjust(0.9, "FR", List.of("SY", "LB"), null, null);
        QualifiedScore year = PartyQualifiers.adjust(0.9, null, null, "1970-03-01", "1982");
        assertThat(country.score()).isLessThan(0.9);
        assertThat(country.explanation()).contains("country FR");
        assertThat(year.score()).isLessThan(country.score());
        assertThat(year.explanation()).contains("birth year differs");
    }

    @Test
    void shouldRaiseTheScoreForTheSameBirthDateWithinBounds() {
        QualifiedScore q = PartyQualifiers.adjust(0.98, "sy", List.of("SY"), "1970-03-01", "1970");
        assertThat(q.score()).isGreaterThan(0.98).isLessThanOrEqualTo(1.0);
        assertThat(q.explanation()).contains("same birth date 1970");
    }
}
