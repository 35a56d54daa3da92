package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyQualifiersSpec {

    private static final PartyQualifiers QUALIFIERS = new PartyQualifiers(PartyScoringTable.defaults());
    private static final PartyFacts NOTHING = new PartyFacts(List.of(), null, List.of());

    @Test
    void shouldLeaveTheScoreAloneWhenFactsAreMissing() {
        // Given a listing that knows a birth year and a declaration that knows nothing
        PartyFacts listed = new PartyFacts(List.of(), "1970", List.of(tin("JO-1234", "JO")));

        // When
        QualifiedScore q = QUALIFIERS.adjust(0.9, NOTHING, listed);

        // Then
        assertThat(q.score()).isEqualTo(0.9);
        assertThat(q.explanation()).isEmpty();
    }

    @Test
    void shouldStopAnExactNameFromAlertingWhenTheCountryContradictsTheListing() {
        // Given
        PartyFacts declared = new PartyFacts(List.of("FR"), null, List.of());
        PartyFacts listed = new PartyFacts(List.of("SY", "LB"), null, List.of());

        // When
        QualifiedScore q = QUALIFIERS.adjust(1.0, declared, listed);

        // Then
        assertThat(q.score()).isLessThan(0.8);
        assertThat(q.explanation()).contains("country FR not among listed SY/LB");
    }

    @Test
    void shouldLowerTheScoreMoreForAnotherBirthYearThanForAnotherCountry() {
        // Given
        PartyFacts otherCountry = new PartyFacts(List.of("FR"), null, List.of());
        PartyFacts otherYear = new PartyFacts(List.of(), "1970-03-01", List.of());
        PartyFacts listed = new PartyFacts(List.of("SY"), "1982", List.of());

        // When
        QualifiedScore country = QUALIFIERS.adjust(0.9, otherCountry, listed);
        QualifiedScore year = QUALIFIERS.adjust(0.9, otherYear, listed);

        // Then
        assertThat(year.score()).isLessThan(country.score());
        assertThat(year.explanation()).contains("birth year differs");
    }

    @Test
    void shouldStopAnExactNameFromAlertingWhenAnIdentifierOfTheSameSchemeAndIssuerDiffers() {
        // Given the same country on both sides, but another tax number
        PartyFacts declared = new PartyFacts(List.of("JO"), null, List.of(tin("JO-7654321", "JO")));
        PartyFacts listed = new PartyFacts(List.of("JO"), null, List.of(tin("JO-12345678", "JO")));

        // When
        QualifiedScore q = QUALIFIERS.adjust(1.0, declared, listed);

        // Then
        assertThat(q.score()).isLessThan(0.8);
        assertThat(q.explanation()).contains("TIN differs from the listed one").doesNotContain("12345678");
    }

    @Test
    void shouldNotCompareIdentifiersOfOtherSchemesOrIssuersOrPassports() {
        // Given
        PartyFacts listed = new PartyFacts(List.of(), null, List.of(tin("JO-12345678", "JO"),
            new PartyFacts.Identifier("PASSPORT", "N123456", "JO")));
        PartyFacts otherIssuer = new PartyFacts(List.of(), null, List.of(tin("FR-1111111", "FR")));
        PartyFacts otherScheme = new PartyFacts(List.of(), null, List.of(new PartyFacts.Identifier("EORI", "JO999", "JO")));
        PartyFacts newPassport = new PartyFacts(List.of(), null, List.of(new PartyFacts.Identifier("PASSPORT", "P999999", "JO")));

        // When / Then
        assertThat(QUALIFIERS.adjust(0.9, otherIssuer, listed).score()).isEqualTo(0.9);
        assertThat(QUALIFIERS.adjust(0.9, otherScheme, listed).score()).isEqualTo(0.9);
        assertThat(QUALIFIERS.adjust(0.9, newPassport, listed).score()).isEqualTo(0.9);
    }

    @Test
    void shouldLetAnAgreeingBirthDateOutweighAContradictingCountry() {
        // Given
        PartyFacts declared = new PartyFacts(List.of("TR"), "1970-03-01", List.of());
        PartyFacts listed = new PartyFacts(List.of("SY"), "1970-03-01", List.of());

        // When
        QualifiedScore q = QUALIFIERS.adjust(0.95, declared, listed);

        // Then
        assertThat(q.score()).isGreaterThanOrEqualTo(0.8);
        assertThat(q.explanation()).contains("same birth date 19700301").contains("country TR not among listed SY");
    }

    @Test
    void shouldRaiseTheScoreForAgreeingFactsWithinBounds() {
        // Given
        PartyFacts declared = new PartyFacts(List.of("sy"), "1970-03-01", List.of());
        PartyFacts listed = new PartyFacts(List.of("SY"), "1970", List.of());

        // When
        QualifiedScore q = QUALIFIERS.adjust(0.9, declared, listed);
        QualifiedScore capped = QUALIFIERS.adjust(0.99, declared, listed);

        // Then
        assertThat(q.score()).isGreaterThan(0.9);
        assertThat(q.explanation()).contains("same birth date 1970").contains("same country SY");
        assertThat(capped.score()).isEqualTo(1.0);
    }

    private static PartyFacts.Identifier tin(String value, String issuer) {
        return new PartyFacts.Identifier("TIN", value, issuer);
    }
}
