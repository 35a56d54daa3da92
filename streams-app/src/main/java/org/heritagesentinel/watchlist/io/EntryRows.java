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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * The entry a row describes; throws IllegalArgumentException naming every column at fault, so a
     * row is corrected in one go.
     */
    public static WatchlistEntry toEntry(Map<String, String> raw) {
        Columns row = new Columns(raw);
        EntryKind kind = row.enumOf("kind", EntryKind.class, null);
        if (kind == null && !row.has("kind")) {
            row.problems.add("kind is required (" + valid(EntryKind.class) + ")");
        }
        WatchlistEntry.Builder entry = WatchlistEntry.newBuilder()
            .setEntryId(row.required("entryId"))
            .setRevision(row.parse("revision", Long::parseLong, 1L))
            .setStatus(row.enumOf("status", EntryStatus.class, EntryStatus.ACTIVE))
            .setSource(row.enumOf("source", EntrySource.class, EntrySource.IMPORT))
            .setListingAuthority(row.required("listingAuthority"))
            .setLegalBasis(row.get("legalBasis"))
            .setAuthor(row.get("author"))
            .setApprover(row.get("approver"))
            .setValidFrom(row.parse("validFrom", EntryRows::instant, null))
            .setValidTo(row.parse("validTo", EntryRows::instant, null))
            .setSharingScope(row.enumOf("sharingScope", SharingScope.class, SharingScope.REGIONAL))
            .setRiskWeight(row.parse("riskWeight", Integer::parseInt, 60))
            .setReason(row.get("reason"));
        if (kind != null) {
            entry.setKind(kind);
            payload(kind, row, entry);
        }
        if (!row.problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", row.problems));
        }
        return entry.build();
    }

    private static void payload(EntryKind kind, Columns row, WatchlistEntry.Builder entry) {
        switch (kind) {
            case PARTY -> entry.setParty(ListedParty.newBuilder()
                .setNames(row.list("names"))
                .setKind(row.enumOf("partyKind", PartyKind.class, PartyKind.UNKNOWN))
                .setIdentifiers(row.list("identifiers").stream().map(EntryRows::identifier).toList())
                .setCountries(row.countries("countries"))
                .setDateOfBirth(row.parse("dateOfBirth", LocalDate::parse, null))
                .setAddresses(row.list("addresses"))
                .build());
            case CONVEYANCE -> entry.setConveyance(ListedConveyance.newBuilder()
                .setContainers(row.list("containers")).setMeansIds(row.list("meansIds"))
                .setMode(row.enumOf("transportMode", TransportMode.class, TransportMode.UNKNOWN)).build());
            case DOCUMENT -> entry.setDocument(ListedDocument.newBuilder()
                .setType(row.enumOf("documentType", DocumentType.class, DocumentType.OTHER))
                .setReference(row.required("documentReference"))
                .setIssuingCountry(row.countries("issuingCountry").stream().findFirst().orElse(null)).build());
            case OBJECT -> entry.setObject(ObjectDescription.newBuilder()
                .setObjectType(row.get("objectType")).setMaterials(row.list("materials"))
                .setDescription(row.get("description")).setPeriod(row.get("period"))
                .setInscriptions(row.get("inscriptions")).setReferenceNumbers(row.list("referenceNumbers"))
                .setPlaceOfOrigin(row.get("placeOfOrigin")).build());
            case RISK_PROFILE -> entry.setProfile(profile(row));
            default -> row.problems.add("kind " + kind + " cannot be imported (" + valid(EntryKind.class) + ")");
        }
    }

    private static RiskProfile profile(Columns row) {
        RuleType type = row.enumOf("ruleType", RuleType.class, null);
        if (type == null && !row.has("ruleType")) {
            row.problems.add("ruleType is required for a RISK_PROFILE (" + valid(RuleType.class) + ")");
        }
        RiskProfile.Builder profile = RiskProfile.newBuilder()
            .setHsPrefixes(row.list("hsPrefixes"))
            .setCountries(row.countries("countries"))
            .setCountryRoles(row.enums("countryRoles", CountryRole.class))
            .setTransportModes(row.enums("transportModes", TransportMode.class))
            .setKeywords(row.list("keywords"))
            .setRequiredDocument(row.enumOf("requiredDocument", DocumentType.class, null))
            .setMinAgeYears(row.parse("minAgeYears", Integer::parseInt, null))
            .setMinValue(row.parse("minValue", EntryRows::money, null))
            .setJurisdiction(row.get("jurisdiction"))
            .setRate(row.parse("rate", Double::parseDouble, null))
            .setParameters(row.parse("parameters", EntryRows::parameters, Map.of()));
        return type == null ? null : profile.setRuleType(type).build();
    }

    /** The constants an import may name: UNKNOWN is what a reader makes of a value it does not know. */
    private static <E extends Enum<E>> String valid(Class<E> type) {
        return "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(n -> !n.equals("UNKNOWN"))
            .collect(Collectors.joining(", "));
    }

    /** A row's non-blank columns, and every problem found while reading them. */
    private static final class Columns {
        private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

        private final Map<String, String> values = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        Columns(Map<String, String> raw) {
            raw.forEach((k, v) -> {
                if (k == null || !COLUMNS.contains(k.trim())) {
                    problems.add("unknown column '" + k + "'");
                } else if (v != null && !v.isBlank()) {
                    values.put(k.trim(), v.trim());
                }
            });
        }

        boolean has(String column) {
            return values.containsKey(column);
        }

        String get(String column) {
            return values.get(column);
        }

        String required(String column) {
            String value = values.get(column);
            if (value == null) {
                problems.add(column + " is required");
                return "";
            }
            return value;
        }

        List<String> list(String column) {
            String value = values.get(column);
            return value == null ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** ISO 3166-1 alpha-2 codes, the contract of every country field. */
        List<String> countries(String column) {
            List<String> codes = new ArrayList<>();
            for (String code : list(column)) {
                String upper = code.toUpperCase(Locale.ROOT);
                if (COUNTRIES.contains(upper)) {
                    codes.add(upper);
                } else {
                    problems.add(column + " '" + code + "' is not an ISO 3166-1 alpha-2 country code (e.g. JO, IQ, DE)");
                }
            }
            return codes;
        }

        <T> T parse(String column, Function<String, T> parser, T otherwise) {
            String value = values.get(column);
            return value == null ? otherwise : parsed(column, value, parser, otherwise);
        }

        private <T> T parsed(String column, String value, Function<String, T> parser, T otherwise) {
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                problems.add(column + " '" + value + "' is not valid: " + e.getMessage());
                return otherwise;
            }
        }

        <E extends Enum<E>> E enumOf(String column, Class<E> type, E otherwise) {
            String value = values.get(column);
            return value == null ? otherwise : constant(column, value, type, otherwise);
        }

        <E extends Enum<E>> List<E> enums(String column, Class<E> type) {
            List<E> result = new ArrayList<>();
            for (String value : list(column)) {
                E constant = constant(column, value, type, null);
                if (constant != null) {
                    result.add(constant);
                }
            }
            return result;
        }

        private <E extends Enum<E>> E constant(String column, String value, Class<E> type, E otherwise) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(column + " '" + value + "' is not valid: expected " + valid(type));
                return otherwise;
            }
        }
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
                throw new IllegalArgumentException("expected key=value|key=value");
            }
            result.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return result;
    }
}
