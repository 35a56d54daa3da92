package org.heritagesentinel.connectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.avro.util.ClassSecurityValidator;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.Dimensions;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;

/**
 * The declaration document: one whole declaration as JSON, the exchange form written by the
 * database outbox (sentinel.declaration_document) and by file exports. Field names are those of
 * {@link CustomsDeclaration}; the acceptance time is either {@code acceptedAt} (ISO-8601 with
 * offset) or {@code acceptedAtLocal} plus {@code officeTimeZone} (IANA), converted to UTC here.
 * Unknown enum symbols map to the schema's default symbol, as a newer reader would.
 */
public final class DeclarationDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Avro 1.12 refuses generated classes outside trusted packages (the app sets
        // org.apache.avro.SERIALIZABLE_PACKAGES); a Connect plugin cannot rely on the worker's
        // JVM flags, so it trusts its own contract package in its own class loader.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
                type -> type.getPackageName().equals(CustomsDeclaration.class.getPackageName())));
    }

    private DeclarationDocument() {
    }

    public static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new InvalidDeclarationException("a declaration document must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidDeclarationException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The topic key of the document, normalised by {@link DeclarationKey}. */
    public static String key(JsonNode doc) {
        try {
            return DeclarationKey.of(text(doc, "authority"), text(doc, "sourceSystem"), text(doc, "declarationId"));
        } catch (IllegalArgumentException e) {
            throw new InvalidDeclarationException(e.getMessage(), e);
        }
    }

    /** Acceptance time in UTC: explicit offset wins; a local time is read in the office's zone. */
    public static Instant acceptedAt(JsonNode doc) {
        String withOffset = text(doc, "acceptedAt");
        try {
            if (withOffset != null) {
                return OffsetDateTime.parse(withOffset).toInstant();
            }
            String local = text(doc, "acceptedAtLocal");
            String zone = text(doc, "officeTimeZone");
            if (local == null || zone == null) {
                throw new InvalidDeclarationException(
                        "acceptance time missing: need acceptedAt, or acceptedAtLocal with officeTimeZone");
            }
            // In a DST gap the time is moved forward by the gap; in an overlap the earlier offset wins.
            return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidDeclarationException("bad acceptance time: " + e.getMessage(), e);
        }
    }

    public static CustomsDeclaration toAvro(JsonNode doc) {
        try {
            return CustomsDeclaration.newBuilder()
                    .setDeclarationId(DeclarationKey.declarationId(text(doc, "declarationId")))
                    .setAuthority(DeclarationKey.authority(text(doc, "authority")))
                    .setSourceSystem(DeclarationKey.sourceSystem(text(doc, "sourceSystem")))
                    .setMrn(text(doc, "mrn"))
                    .setVersion(doc.path("version").asInt(0))
                    .setType(symbol(doc, "type", DeclarationType::valueOf, DeclarationType.UNKNOWN))
                    .setAcceptedAt(acceptedAt(doc))
                    .setOfficeOfDeclaration(text(doc, "officeOfDeclaration"))
                    .setOfficeOfEntryOrExit(text(doc, "officeOfEntryOrExit"))
                    .setParties(list(doc.path("parties"), DeclarationDocument::party))
                    .setRoute(route(doc.path("route")))
                    .setTransport(transport(doc.path("transport")))
                    .setItems(list(doc.path("items"), DeclarationDocument::item))
                    .setDocuments(list(doc.path("documents"), DeclarationDocument::document))
                    .setInvoiceTotal(money(doc.path("invoiceTotal")))
                    .build();
        } catch (IllegalArgumentException | DateTimeException | org.apache.avro.AvroRuntimeException e) {
            throw new InvalidDeclarationException(e.getMessage(), e);
        }
    }

    private static Party party(JsonNode p) {
        return Party.newBuilder()
                .setRole(symbol(p, "role", PartyRole::valueOf, PartyRole.OTHER))
                .setKind(symbol(p, "kind", PartyKind::valueOf, PartyKind.UNKNOWN))
                .setName(required(p, "name"))
                .setIdentifiers(list(p.path("identifiers"), i -> PartyIdentifier.newBuilder()
                        .setScheme(symbol(i, "scheme", IdentifierScheme::valueOf, IdentifierScheme.OTHER))
                        .setValue(required(i, "value"))
                        .setIssuingCountry(country(i, "issuingCountry"))
                        .build()))
                .setAddress(text(p, "address"))
                .setCountry(country(p, "country"))
                .setDateOfBirth(date(p, "dateOfBirth"))
                .build();
    }

    private static Route route(JsonNode r) {
        return Route.newBuilder()
                .setOriginCountry(country(r, "originCountry"))
                .setExportCountry(country(r, "exportCountry"))
                .setTransitCountries(list(r.path("transitCountries"), c -> c.asText().strip().toUpperCase(Locale.ROOT)))
                .setDestinationCountry(country(r, "destinationCountry"))
                .build();
    }

    private static Transport transport(JsonNode t) {
        return Transport.newBuilder()
                .setMode(symbol(t, "mode", TransportMode::valueOf, TransportMode.UNKNOWN))
                .setMeansId(text(t, "meansId"))
                .setMeansNationality(country(t, "meansNationality"))
                .setContainers(list(t.path("containers"), c -> c.asText().strip().toUpperCase(Locale.ROOT)))
                .build();
    }

    private static DeclarationItem item(JsonNode i) {
        return DeclarationItem.newBuilder()
                .setItemNumber(i.path("itemNumber").asInt())
                .setHsCode(required(i, "hsCode").replace(".", "").replace(" ", ""))
                .setDescription(required(i, "description"))
                .setOriginCountry(country(i, "originCountry"))
                .setMarks(text(i, "marks"))
                .setPackages(i.hasNonNull("packages") ? i.get("packages").asInt() : null)
                .setQuantity(number(i, "quantity"))
                .setQuantityUnit(text(i, "quantityUnit"))
                .setGrossMassKg(number(i, "grossMassKg"))
                .setNetMassKg(number(i, "netMassKg"))
                .setStatisticalValue(money(i.path("statisticalValue")))
                .setProcedureCode(text(i, "procedureCode"))
                .setDeclaredPeriod(text(i, "declaredPeriod"))
                .setDimensions(dimensions(i.path("dimensions")))
                .setDocuments(list(i.path("documents"), DeclarationDocument::document))
                .build();
    }

    private static Dimensions dimensions(JsonNode d) {
        if (!d.isObject() || d.isEmpty()) {
            return null;
        }
        return Dimensions.newBuilder()
                .setHeightCm(number(d, "heightCm"))
                .setWidthCm(number(d, "widthCm"))
                .setDepthCm(number(d, "depthCm"))
                .setDiameterCm(number(d, "diameterCm"))
                .setWeightKg(number(d, "weightKg"))
                .build();
    }

    private static DocumentReference document(JsonNode d) {
        return DocumentReference.newBuilder()
                .setType(symbol(d, "type", DocumentType::valueOf, DocumentType.OTHER))
                .setReference(required(d, "reference"))
                .setIssuingCountry(country(d, "issuingCountry"))
                .setIssuedOn(date(d, "issuedOn"))
                .setValidUntil(date(d, "validUntil"))
                .build();
    }

    private static Money money(JsonNode m) {
        if (!m.isObject() || !m.hasNonNull("amount")) {
            return null;
        }
        // decimal(18, 4) in the contract: Avro refuses any other scale
        BigDecimal amount = new BigDecimal(m.get("amount").asText()).setScale(4, RoundingMode.HALF_EVEN);
        return Money.newBuilder()
                .setAmount(amount)
                .setCurrency(required(m, "currency").strip().toUpperCase(Locale.ROOT))
                .build();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(e -> out.add(element.apply(e)));
        }
        return out;
    }

    private static <E extends Enum<E>> E symbol(JsonNode node, String field, Function<String, E> valueOf, E fallback) {
        String value = text(node, field);
        if (value == null) {
            return fallback;
        }
        try {
            return valueOf.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownSymbol) {
            return fallback;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new InvalidDeclarationException(field + " is missing");
        }
        return value;
    }

    private static String country(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asDouble() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
