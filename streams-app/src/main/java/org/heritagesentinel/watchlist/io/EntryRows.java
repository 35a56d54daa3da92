package org.heritagesentinel.watchlist.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedDocument;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * One flat row (a CSV line or a JSON object) → a watchlist entry. The columns are documented in the
 * README ("Watchlist import"); lists are separated by {@code |}, identifiers are {@code SCHEME:VALUE},
 * money is {@code "18000 EUR"}, parameters are {@code key=value}. Unknown columns are refused, so a
 * typo cannot silently drop a field.
 */
public final class EntryRows {
    static final List<String> COLUMNS = List.of(
        "entryId", "kind", "revision", "status", "source", "listingAuthority", "legalBasis", "author", "approver",
        "validFrom", "validTo", "sharingScope", "riskWeight", "reason",
        "names", "partyKind", "identifiers", "countries", "dateOfBirth", "addresses",
        "containers", "meansIds", "transportMode",
        "documentType", "documentReference", "issuingCountry",
        "ruleType", "hsPrefixes", "countryRoles", "transportModes", "keywords", "requiredDocument", "minAgeYears",
        "minValue", "jurisdiction", "rate", "parameters",
        "objectType", "materials", "description", "period", "inscriptions", "referenceNumbers", "placeOfOrigin");

    private EntryRows() {
    }

    /** The entry a row describes; throws IllegalArgumentException naming the column at fault. */
    public static WatchlistEntry toEntry(Map<String, String> raw) {
        Map<String, String> row = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (k == null || !COLUMNS.contains(k.trim())) {
                throw new IllegalArgumentException("unknown column '" + k + "'");
            }
            if (v != null && !v.isBlank()) {
                row.put(k.trim(), v.trim());
            }
        });
        EntryKind kind = enumOf(row, "kind", EntryKind.class, null);
        if (kind == null) {
            throw new IllegalArgumentException("kind is required (PARTY, OBJECT, RISK_PROFILE, CONVEYANCE, DOCUMENT)");
        }
        WatchlistEntry.Builder entry = WatchlistEntry.newBuilder()
            .setEntryId(required(row, "entryId"))
            .setKind(kind)
            .setRevision(parse(row, "revision", Long::parseLong, 1L))
            .setStatus(enumOf(row, "status", EntryStatus.class, EntryStatus.ACTIVE))
            .setSource(enumOf(row, "source", EntrySource.class, EntrySource.IMPORT))
            .setListingAuthority(required(row, "listingAuthority"))
            .setLegalBasis(row.get("legalBasis"))
            .setAuthor(row.get("author"))
            .setApprover(row.get("approver"))
            .setValidFrom(parse(row, "validFrom", EntryRows::instant, null))
            .setValidTo(parse(row, "validTo", EntryRows::instant, null))
            .setSharingScope(enumOf(row, "sharingScope", SharingScope.class, SharingScope.REGIONAL))
            .setRiskWeight(parse(row, "riskWeight", Integer::parseInt, 60))
            .setReason(row.get("reason"));
        switch (kind) {
            case PARTY -> entry.setParty(ListedParty.newBuilder()
                .setNames(list(row, "names"))
                .setKind(enumOf(row, "partyKind", PartyKind.class, PartyKind.UNKNOWN))
                .setIdentifiers(list(row, "identifiers").stream().map(EntryRows::identifier).toList())
                .setCountries(list(row, "countries"))
                .setDateOfBirth(parse(row, "dateOfBirth", LocalDate::parse, null))
                .setAddresses(list(row, "addresses"))
                .build());
            case CONVEYANCE -> entry.setConveyance(ListedConveyance.newBuilder()
                .setContainers(list(row, "containers")).setMeansIds(list(row, "meansIds"))
                .setMode(enumOf(row, "transportMode", TransportMode.class, TransportMode.UNKNOWN)).build());
            case DOCUMENT -> entry.setDocument(ListedDocument.newBuilder()
                .setType(enumOf(row, "documentType", DocumentType.class, DocumentType.OTHER))
                .setReference(required(row, "documentReference"))
                .setIssuingCountry(row.get("issuingCountry")).build());
            case OBJECT -> entry.setObject(ObjectDescription.newBuilder()
                .setObjectType(row.get("objectType")).setMaterials(list(row, "materials"))
                .setDescription(row.get("description")).setPeriod(row.get("period"))
                .setInscriptions(row.get("inscriptions")).setReferenceNumbers(list(row, "referenceNumbers"))
                .setPlaceOfOrigin(row.get("placeOfOrigin")).build());
            case RISK_PROFILE -> entry.setProfile(profile(row));
            default -> throw new IllegalArgumentException("unsupported kind " + kind);
        }
        return entry.build();
    }

    private static RiskProfile profile(Map<String, String> row) {
        RuleType type = enumOf(row, "ruleType", RuleType.class, null);
        if (type == null) {
            throw new IllegalArgumentException("ruleType is required for a RISK_PROFILE");
        }
        return RiskProfile.newBuilder()
            .setRuleType(type)
            .setHsPrefixes(list(row, "hsPrefixes"))
            .setCountries(list(row, "countries"))
            .setCountryRoles(enums(row, "countryRoles", CountryRole.class))
            .setTransportModes(enums(row, "transportModes", TransportMode.class))
            .setKeywords(list(row, "keywords"))
            .setRequiredDocument(enumOf(row, "requiredDocument", DocumentType.class, null))
            .setMinAgeYears(parse(row, "minAgeYears", Integer::parseInt, null))
            .setMinValue(parse(row, "minValue", EntryRows::money, null))
            .setJurisdiction(row.get("jurisdiction"))
            .setRate(parse(row, "rate", Double::parseDouble, null))
            .setParameters(parameters(row.get("parameters")))
            .build();
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException(column + " is required");
        }
        return value;
    }

    private static List<String> list(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? List.of()
            : Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> T parse(Map<String, String> row, String column, Function<String, T> parser, T otherwise) {
        String value = row.get(column);
        if (value == null) {
            return otherwise;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not valid: " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Map<String, String> row, String column, Class<E> type, E otherwise) {
        return parse(row, column, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)), otherwise);
    }

    private static <E extends Enum<E>> List<E> enums(Map<String, String> row, String column, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (String value : list(row, column)) {
            result.add(parse(Map.of(column, value), column, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)), null));
        }
        return result;
    }

    private static PartyIdentifier identifier(String value) {
        int colon = value.indexOf(':');
        IdentifierScheme scheme = IdentifierScheme.OTHER;
        String id = value;
        if (colon > 0) {
            try {
                scheme = IdentifierScheme.valueOf(value.substring(0, colon).trim().toUpperCase(Locale.ROOT));
                id = value.substring(colon + 1).trim();
            } catch (IllegalArgumentException e) {
                scheme = IdentifierScheme.OTHER;
            }
        }
        return PartyIdentifier.newBuilder().setScheme(scheme).setValue(id).build();
    }

    /** {@code 2026-01-31} (start of day UTC) or an ISO-8601 instant. */
    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
    }

    /** {@code "18000 EUR"}. */
    private static Money money(String value) {
        String[] parts = value.trim().split("\\s+");
        if (parts.length != 2 || !parts[1].matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("expected '<amount> <ISO 4217 currency>', e.g. '18000 EUR'");
        }
        return Money.newBuilder().setAmount(new BigDecimal(parts[0]).setScale(4, RoundingMode.HALF_EVEN))
            .setCurrency(parts[1].toUpperCase(Locale.ROOT)).build();
    }

    private static Map<String, String> parameters(String value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        for (String pair : value.split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameters '" + value + "' must be key=value|key=value");
            }
            result.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return result;
    }
}
