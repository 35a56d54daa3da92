package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierNormaliserSpec {

    @Test
    void shouldUpperCaseAndStripSeparators() {
        assertThat(IdentifierNormaliser.normalise("PASSPORT", " ab-123.456 7 ")).isEqualTo("AB1234567");
    }

    @Test
    void shouldKeepTheCountryPrefixOfAnEoriButCollapseADuplicate() {
        assertThat(IdentifierNormaliser.normalise("EORI", "fr 1234-5678-901")).isEqualTo("FR12345678901");
        assertThat(IdentifierNormaliser.normalise("EORI", "FRFR12345678901")).isEqualTo("FR12345678901");
    }

    @Test
    void shouldDropACountryPrefixOfANationalTaxNumber() {
        // Given the same TIN written with and without the VAT-style country prefix
        // Then both normalise to the same value
        assertThat(IdentifierNormaliser.normalise("TIN", "JO 123.456.789"))
                .isEqualTo(IdentifierNormaliser.normalise("TIN", "123456789"))
                .isEqualTo("123456789");
    }

    @Test
    void shouldNeverThrow() {
        assertThat(IdentifierNormaliser.normalise(null, null)).isEmpty();
        assertThat(IdentifierNormaliser.normalise("TIN", "\u0000--..")).isEmpty();
    }
}
