package org.heritagesentinel.ondemand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
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
 * An on-demand screening request in JSON → the declaration to screen: {@code {"declaration": {...}}}
 * (field names of {@code CustomsDeclaration}: parties, route, transport, items, documents), or
 * {@code {"party": {"name": ..., "country": ..., "identifiers": ["TIN:JO-1"], "dateOfBirth": ...}}}, or
 * {@code {"object": {"description": ..., "hsCode": ..., "originCountry": ..., "period": ...}}}, wrapped in a
 * declaration of the caller accepted now (a declaration may name its own authority and acceptance time, to ask
 * as if it were declared there and then). Unknown enum symbols take the schema's default, as a newer reader would.
 */
public final class ScreeningRequests {
    private ScreeningRequests() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the request */
    public static CustomsDeclaration toDeclaration(JsonNode request, String caller, Instant now) {
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException("the request must be a JSON object with \"declaration\", \"party\" or \"object\"");
        }
        CustomsDeclaration.Builder d = CustomsDeclaration.newBuilder().setDeclarationId("ON-DEMAND").setAuthority(caller)
            .setSourceSystem("ON-DEMAND").setType(DeclarationType.UNKNOWN).setAcceptedAt(now)
            .setRoute(Route.newBuilder().build()).setTransport(Transport.newBuilder().build());
        if (request.has("declaration")) {
            declaration(request.get("declaration"), d);
        } else if (request.has("party")) {
            d.setParties(List.of(party(request.get("party"))));
        } else if (request.has("object")) {
            JsonNode o = request.get("object");
            d.setItems(List.of(DeclarationItem.newBuilder().setItemNumber(1).setHsCode(text(o, "hsCode", "970500"))
                .setDescription(required(o, "description")).setOriginCountry(text(o, "originCountry", null))
                .setDeclaredPeriod(text(o, "period", null)).build()));
        } else {
            throw new IllegalArgumentException("the request needs \"declaration\", \"party\" or \"object\"");
        }
        return d.build();
    }

    private static void declaration(JsonNode j, CustomsDeclaration.Builder d) {
        d.setDeclarationId(text(j, "declarationId", "ON-DEMAND")).setAuthority(text(j, "authority", d.getAuthority()))
            .setSourceSystem(text(j, "sourceSystem", "ON-DEMAND")).setVersion(j.path("version").asInt(0))
            .setType(symbol(j, "type", DeclarationType.class, DeclarationType.UNKNOWN))
            .setAcceptedAt(j.hasNonNull("acceptedAt") ? Instant.parse(j.get("acceptedAt").asText()) : d.getAcceptedAt())
            .setParties(list(j.path("parties"), ScreeningRequests::party))
            .setItems(items(j.path("items")))
            .setDocuments(list(j.path("documents"), ScreeningRequests::document));
        JsonNode route = j.path("route");
        d.setRoute(Route.newBuilder().setOriginCountry(text(route, "originCountry", null))
            .setExportCountry(text(route, "exportCountry", null)).setTransitCountries(list(route.path("transitCountries"), JsonNode::asText))
            .setDestinationCountry(text(route, "destinationCountry", null)).build());
        JsonNode transport = j.path("transport");
        d.setTransport(Transport.newBuilder().setMode(symbol(transport, "mode", TransportMode.class, TransportMode.UNKNOWN))
            .setMeansId(text(transport, "meansId", null)).setMeansNationality(text(transport, "meansNationality", null))
            .setContainers(list(transport.path("containers"), JsonNode::asText)).build());
    }

    private static List<DeclarationItem> items(JsonNode items) {
        List<DeclarationItem> result = new ArrayList<>();
        for (JsonNode i : iterable(items)) {
            result.add(DeclarationItem.newBuilder().setItemNumber(i.path("itemNumber").asInt(result.size() + 1))
                .setHsCode(required(i, "hsCode")).setDescription(text(i, "description", ""))
                .setOriginCountry(text(i, "originCountry", null)).setDeclaredPeriod(text(i, "declaredPeriod", null))
                .setQuantity(number(i, "quantity"))
                .setNetMassKg(number(i, "netMassKg")).setGrossMassKg(number(i, "grossMassKg"))
                .setPackages(i.hasNonNull("packages") ? i.get("packages").asInt() : null)
                .setQuantityUnit(text(i, "quantityUnit", null)).setMarks(text(i, "marks", null))
                .setProcedureCode(text(i, "procedureCode", null)).setDimensions(dimensions(i.path("dimensions")))
                .setStatisticalValue(money(i.path("statisticalValue")))
                .setDocuments(list(i.path("documents"), ScreeningRequests::document)).build());
        }
        return result;
    }

    private static Party party(JsonNode p) {
        return Party.newBuilder().setRole(symbol(p, "role", PartyRole.class, PartyRole.OTHER))
            .setKind(symbol(p, "kind", PartyKind.class, PartyKind.UNKNOWN)).setName(required(p, "name"))
            .setCountry(text(p, "country", null)).setAddress(text(p, "address", null))
            .setDateOfBirth(date(p, "dateOfBirth"))
            .setIdentifiers(list(p.path("identifiers"), ScreeningRequests::identifier)).build();
    }

    /** {@code "TIN:JO-1000001"} or {@code {"scheme": "TIN", "value": "JO-1000001"}}. */
    private static PartyIdentifier identifier(JsonNode id) {
        if (id.isObject()) {
            return PartyIdentifier.newBuilder().setScheme(symbol(id, "scheme", IdentifierScheme.class, IdentifierScheme.OTHER))
                .setValue(required(id, "value")).setIssuingCountry(text(id, "issuingCountry", null)).build();
        }
        String text = id.asText();
        int colon = text.indexOf(':');
        IdentifierScheme scheme = colon > 0 ? enumOr(text.substring(0, colon), IdentifierScheme.class, IdentifierScheme.OTHER)
            : IdentifierScheme.OTHER;
        return PartyIdentifier.newBuilder().setScheme(scheme).setValue(colon > 0 && scheme != IdentifierScheme.OTHER
            ? text.substring(colon + 1) : text).build();
    }

    private static DocumentReference document(JsonNode doc) {
        return DocumentReference.newBuilder().setType(symbol(doc, "type", DocumentType.class, DocumentType.OTHER))
            .setReference(required(doc, "reference")).setIssuingCountry(text(doc, "issuingCountry", null))
            .setIssuedOn(date(doc, "issuedOn")).setValidUntil(date(doc, "validUntil")).build();
    }

    /** {@code {"amount": 18000, "currency": "EUR"}} or {@code "18000 EUR"}. */
    private static Money money(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String amount;
        String currency;
        if (value.isObject()) {
            amount = required(value, "amount");
            currency = required(value, "currency");
        } else {
            String[] parts = value.asText().trim().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("statisticalValue '" + value.asText() + "' must be like \"18000 EUR\"");
            }
            amount = parts[0];
            currency = parts[1];
        }
        return Money.newBuilder().setAmount(new BigDecimal(amount).setScale(4, RoundingMode.HALF_EVEN))
            .setCurrency(currency.toUpperCase(Locale.ROOT)).build();
    }

    private static Dimensions dimensions(JsonNode d) {
        if (d.isMissingNode() || d.isNull()) {
            return null;
        }
        return Dimensions.newBuilder().setHeightCm(number(d, "heightCm")).setWidthCm(number(d, "widthCm"))
            .setDepthCm(number(d, "depthCm")).setDiameterCm(number(d, "diameterCm")).setWeightKg(number(d, "weightKg")).build();
    }

    private static Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asDouble() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> result = new ArrayList<>();
        for (JsonNode node : iterable(array)) {
            result.add(element.apply(node));
        }
        return result;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("expected a JSON array, got " + array.getNodeType());
        }
        return array;
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field, null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is required");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? otherwise : value.asText();
    }

    private static <E extends Enum<E>> E symbol(JsonNode node, String field, Class<E> type, E otherwise) {
        String value = text(node, field, null);
        return value == null ? otherwise : enumOr(value, type, otherwise);
    }

    private static <E extends Enum<E>> E enumOr(String value, Class<E> type, E otherwise) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
