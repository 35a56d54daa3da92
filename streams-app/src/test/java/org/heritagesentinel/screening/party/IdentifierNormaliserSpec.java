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

    @Test
    void shouldReadFullWidthAndCompatibilityFormsAsThePlainIdentifier() {
        // Given the same passport number typed in full-width forms (East Asian keyboards) and with a ligature
        // Then it normalises as the ASCII one does (the ASCII fast path and the NFKC path agree)
        assertThat(IdentifierNormaliser.normalise("PASSPORT", "\uFF21\uFF22\uFF11\uFF12\uFF13"))
                .isEqualTo(IdentifierNormaliser.normalise("PASSPORT", "ab123"))
                .isEqualTo("AB123");
        assertThat(IdentifierNormaliser.normalise("PASSPORT", "\uFB01 12")).isEqualTo("FI12");
    }
}
