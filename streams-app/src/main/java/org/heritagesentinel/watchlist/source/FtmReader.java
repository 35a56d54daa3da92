package org.heritagesentinel.watchlist.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.TransportMode;

/**
 * FollowTheMoney entities, one JSON object a line (OpenSanctions {@code entities.ftm.json}). Persons,
 * organisations, companies and legal entities become parties; vessels and airplanes conveyances.
 * Other schemas (Sanction, Address, Ownership...) and entities that are not targets are skipped; only
 * one line is held at a time.
 */
final class FtmReader implements ListReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ORGANISATIONS = Set.of("Organization", "Company", "LegalEntity", "PublicBody");

    @Override
    public Reading read(Path file, Consumer<ListedSubject> sink) throws IOException, MalformedListException {
        int skipped = 0;
        int line = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode entity;
                try {
                    entity = JSON.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new MalformedListException("line " + line, "not a JSON object: " + e.getOriginalMessage(), e);
                }
                ListedSubject subject = subject(entity, "line " + line);
                if (subject == null) {
                    skipped++;
                } else {
                    sink.accept(subject);
                }
            }
        }
        return new Reading(null, skipped);
    }

    private static ListedSubject subject(JsonNode entity, String where) throws MalformedListException {
        if (!entity.isObject() || !entity.path("id").isTextual() || !entity.path("schema").isTextual()) {
            throw new MalformedListException(where, "an entity needs a string \"id\" and \"schema\"", null);
        }
        JsonNode props = entity.path("properties");
        if (!props.isMissingNode() && !props.isObject()) {
            throw new MalformedListException(where, "\"properties\" must be an object", null);
        }
        String schema = entity.get("schema").asText();
        if (entity.path("target").isBoolean() && !entity.get("target").asBoolean()) {
            return null;
        }
        ListedSubject s = new ListedSubject(entity.get("id").asText(), where);
        switch (schema) {
            case "Person" -> s.partyKind = PartyKind.PERSON;
            case "Vessel" -> {
                s.kind = ListedSubject.Kind.CONVEYANCE;
                s.transportMode = TransportMode.SEA;
            }
            case "Airplane" -> {
                s.kind = ListedSubject.Kind.CONVEYANCE;
                s.transportMode = TransportMode.AIR;
            }
            default -> {
                if (!ORGANISATIONS.contains(schema)) {
                    return null;
                }
                s.partyKind = PartyKind.ORGANISATION;
            }
        }
        values(props, "name").forEach(s::name);
        values(props, "alias").forEach(s::name);
        values(props, "previousName").forEach(s::name);
        values(props, "weakAlias").forEach(s::weakAlias);
        for (String date : values(props, "birthDate")) {
            s.dateOfBirth(PartialDates.iso(date).orElseThrow(() -> new MalformedListException(where,
                "birthDate '" + date + "' is not an ISO date or partial date", null)));
        }
        values(props, "nationality").forEach(s::nationality);
        values(props, "citizenship").forEach(s::nationality);
        values(props, "country").forEach(s::country);
        values(props, "jurisdiction").forEach(s::country);
        values(props, "flag").forEach(s::country);
        values(props, "passportNumber").forEach(v -> s.identifier(IdentifierScheme.PASSPORT, v, null));
        values(props, "idNumber").forEach(v -> s.identifier(IdentifierScheme.NATIONAL_ID, v, null));
        values(props, "taxNumber").forEach(v -> s.identifier(IdentifierScheme.TIN, v, null));
        values(props, "vatCode").forEach(v -> s.identifier(IdentifierScheme.VAT, v, null));
        values(props, "registrationNumber").forEach(v -> {
            if (s.kind == ListedSubject.Kind.CONVEYANCE) {
                s.meansId(v);
            } else {
                s.identifier(IdentifierScheme.COMPANY_REGISTRATION, v, null);
            }
        });
        values(props, "imoNumber").forEach(v -> {
            if (s.kind == ListedSubject.Kind.CONVEYANCE) {
                s.meansId(v);
            } else {
                s.identifier(IdentifierScheme.OTHER, v, null); // the IMO company number of a ship owner
            }
        });
        values(props, "mmsi").forEach(s::meansId);
        values(props, "callSign").forEach(s::meansId);
        values(props, "address").forEach(s::address);
        values(props, "program").forEach(s::programme);
        values(props, "programId").forEach(s::programme);
        values(props, "notes").stream().findFirst().ifPresent(n -> s.remarks = n);
        return s;
    }

    private static List<String> values(JsonNode props, String name) {
        JsonNode values = props.path(name);
        List<String> result = new ArrayList<>();
        if (values.isArray()) {
            values.forEach(v -> result.add(v.asText()));
        } else if (values.isTextual()) {
            result.add(values.asText());
        }
        return result;
    }
}
