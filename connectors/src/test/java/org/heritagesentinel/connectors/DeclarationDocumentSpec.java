package org.heritagesentinel.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.TransportMode;
import org.junit.jupiter.api.Test;

class DeclarationDocumentSpec {

    private static final String DOC = """
            {"declarationId": " D-7 ", "authority": "jo", "sourceSystem": "asycuda", "version": 3,
             "type": "IMPORT", "acceptedAtLocal": "2024-01-15T23:30:00", "officeTimeZone": "Asia/Amman",
             "parties": [{"role": "EXPORTER", "name": "Farid Haddad", "country": "lb",
                          "identifiers": [{"scheme": "PASSPORT", "value": "LB123"}]},
                         {"role": "GO_BETWEEN", "name": "X"}],
             "route": {"originCountry": "SY", "transitCountries": ["lb", "TR"]},
             "transport": {"mode": "ROAD", "containers": ["mscu1234565"]},
             "items": [{"itemNumber": 1, "hsCode": "9705.10", "description": "coins",
                        "statisticalValue": {"amount": "12.5", "currency": "usd"}, "dimensions": {}}],
             "invoiceTotal": {"amount": "12.50", "currency": "USD"}}
            """;

    @Test
    void shouldMapTheDocumentToTheContractWithNormalisedCodes() {
        // Given / When
        CustomsDeclaration declaration = DeclarationDocument.toAvro(DeclarationDocument.parse(DOC));

        // Then
        assertThat(declaration.getDeclarationId()).isEqualTo("D-7");
        assertThat(declaration.getAuthority()).isEqualTo("JO");
        assertThat(declaration.getSourceSystem()).isEqualTo("ASYCUDA");
        assertThat(declaration.getVersion()).isEqualTo(3);
        assertThat(declaration.getParties().get(0).getCountry()).isEqualTo("LB");
        assertThat(declaration.getParties().get(1).getRole()).isEqualTo(PartyRole.OTHER);
        assertThat(declaration.getRoute().getTransitCountries()).containsExactly("LB", "TR");
        assertThat(declaration.getTransport().getMode()).isEqualTo(TransportMode.ROAD);
        assertThat(declaration.getTransport().getContainers()).containsExactly("MSCU1234565");
        assertThat(declaration.getItems().get(0).getHsCode()).isEqualTo("970510");
        assertThat(declaration.getItems().get(0).getDimensions()).isNull();
        assertThat(declaration.getItems().get(0).getStatisticalValue().getAmount()).isEqualTo(new BigDecimal("12.5000"));
        assertThat(declaration.getItems().get(0).getStatisticalValue().getCurrency()).isEqualTo("USD");
    }

    @Test
    void shouldConvertLocalAcceptanceTimeWithTheOfficeZone() {
        // Amman is UTC+3 all year since 2022
        assertThat(DeclarationDocument.acceptedAt(DeclarationDocument.parse(DOC)))
                .isEqualTo(Instant.parse("2024-01-15T20:30:00Z"));
    }

    @Test
    void shouldPreferAnExplicitOffset() {
        String doc = "{\"acceptedAt\": \"2024-03-31T02:30:00+02:00\", \"acceptedAtLocal\": \"2000-01-01T00:00:00\"}";
        assertThat(DeclarationDocument.acceptedAt(DeclarationDocument.parse(doc)))
                .isEqualTo(Instant.parse("2024-03-31T00:30:00Z"));
    }

    @Test
    void shouldMoveATimeInADaylightSavingGapForward() {
        // 02:30 does not exist in Paris on 2024-03-31: clocks went from 02:00 to 03:00
        String doc = "{\"acceptedAtLocal\": \"2024-03-31T02:30:00\", \"officeTimeZone\": \"Europe/Paris\"}";
        assertThat(DeclarationDocument.acceptedAt(DeclarationDocument.parse(doc)))
                .isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
    }

    @Test
    void shouldRejectDocumentsWithoutAcceptanceTimeOrWithAnUnknownZone() {
        assertThatThrownBy(() -> DeclarationDocument.acceptedAt(DeclarationDocument.parse("{\"acceptedAtLocal\": \"2024-01-01T00:00:00\"}")))
                .isInstanceOf(InvalidDeclarationException.class).hasMessageContaining("acceptance time missing");
        assertThatThrownBy(() -> DeclarationDocument.acceptedAt(DeclarationDocument.parse(
                "{\"acceptedAtLocal\": \"2024-01-01T00:00:00\", \"officeTimeZone\": \"Mars/Base\"}")))
                .isInstanceOf(InvalidDeclarationException.class).hasMessageContaining("Mars/Base");
        assertThatThrownBy(() -> DeclarationDocument.parse("[1]")).isInstanceOf(InvalidDeclarationException.class);
    }
}
