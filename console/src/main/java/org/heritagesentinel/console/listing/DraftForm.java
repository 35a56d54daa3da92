package org.heritagesentinel.console.listing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedDocument;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * The draft form of a watchlist entry of any kind, as the user typed it: every value kept as text so a
 * refused form comes back exactly as sent. Turns into a draft entry (with the problems of values that are
 * no number or no known code) and back from an entry, to edit it.
 */
public final class DraftForm {
    /** Kinds an analyst drafts, in the order the form offers them. */
    public static final List<EntryKind> KINDS = List.of(EntryKind.PARTY, EntryKind.OBJECT, EntryKind.CONVEYANCE,
        EntryKind.DOCUMENT, EntryKind.RISK_PROFILE);
    private static final List<String> COMMON = List.of("entryId", "legalBasis", "reason", "riskWeight", "sharingScope");
    private static final Map<EntryKind, List<String>> FIELDS = Map.of(
        EntryKind.PARTY, List.of("names", "country"),
        EntryKind.OBJECT, List.of("objectType", "description", "period", "referenceNumbers"),
        EntryKind.CONVEYANCE, List.of("containers", "meansIds", "mode"),
        EntryKind.DOCUMENT, List.of("documentType", "reference", "issuingCountry"),
        EntryKind.RISK_PROFILE, List.of("ruleType", "hsPrefixes", "countries", "keywords", "transportModes", "minAgeYears",
            "minValue", "rate", "requiredDocument"));
    /** Fields of one value per line (names may hold commas); the other lists also take commas. */
    private static final List<String> LINES = List.of("names", "referenceNumbers", "containers", "meansIds", "hsPrefixes",
        "countries", "keywords", "transportModes");
    private static final Map<String, List<String>> CHOICES = Map.of(
        "sharingScope", names(new SharingScope[] {SharingScope.NATIONAL, SharingScope.REGIONAL, SharingScope.ORIGINATOR_CONTROLLED}),
        "mode", names(TransportMode.values()),
        "documentType", names(DocumentType.values()),
        "ruleType", Arrays.stream(RuleType.values()).filter(r -> r != RuleType.UNKNOWN && r != RuleType.NOT_SCREENED)
            .map(Enum::name).toList(),
        "requiredDocument", names(DocumentType.values()));

    private final EntryKind kind;
    private final Map<String, String> values;

    public DraftForm(EntryKind kind, Map<String, String> values) {
        this.kind = KINDS.contains(kind) ? kind : EntryKind.PARTY;
        this.values = Map.copyOf(values);
    }

    /** The kind named by a form or a link; PARTY when it names none the form offers. */
    public static EntryKind kind(String name) {
        return KINDS.stream().filter(k -> k.name().equalsIgnoreCase(name == null ? "" : name.trim())).findFirst()
            .orElse(EntryKind.PARTY);
    }

    public EntryKind kind() {
        return kind;
    }

    /** The form's fields in display order: what every entry has, then what its kind has. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>(COMMON);
        fields.addAll(FIELDS.get(kind));
        return fields;
    }

    public String value(String field) {
        return values.getOrDefault(field, field.equals("riskWeight") ? "70" : field.equals("sharingScope") ? "REGIONAL" : "");
    }

    public boolean isList(String field) {
        return LINES.contains(field);
    }

    /** The codes a field is chosen from; empty for free text. A field that may stay empty offers "" first. */
    public List<String> choices(String field) {
        List<String> choices = CHOICES.getOrDefault(field, List.of());
        if (field.equals("requiredDocument")) {
            List<String> optional = new ArrayList<>(List.of(""));
            optional.addAll(choices);
            return optional;
        }
        return choices;
    }

    /** The form of an existing entry, to edit it. */
    public static DraftForm of(WatchlistEntry entry) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("entryId", entry.getEntryId());
        v.put("legalBasis", text(entry.getLegalBasis()));
        v.put("reason", text(entry.getReason()));
        v.put("riskWeight", String.valueOf(entry.getRiskWeight()));
        v.put("sharingScope", entry.getSharingScope().name());
        if (entry.getParty() != null) {
            v.put("names", lines(entry.getParty().getNames()));
            v.put("country", lines(entry.getParty().getCountries()));
        }
        if (entry.getObject() != null) {
            v.put("objectType", text(entry.getObject().getObjectType()));
            v.put("description", text(entry.getObject().getDescription()));
            v.put("period", text(entry.getObject().getPeriod()));
            v.put("referenceNumbers", lines(entry.getObject().getReferenceNumbers()));
        }
        if (entry.getConveyance() != null) {
            v.put("containers", lines(entry.getConveyance().getContainers()));
            v.put("meansIds", lines(entry.getConveyance().getMeansIds()));
            v.put("mode", entry.getConveyance().getMode().name());
        }
        if (entry.getDocument() != null) {
            v.put("documentType", entry.getDocument().getType().name());
            v.put("reference", text(entry.getDocument().getReference()));
            v.put("issuingCountry", text(entry.getDocument().getIssuingCountry()));
        }
        RiskProfile p = entry.getProfile();
        if (p != null) {
            v.put("ruleType", p.getRuleType().name());
            v.put("hsPrefixes", lines(p.getHsPrefixes()));
            v.put("countries", lines(p.getCountries()));
            v.put("keywords", lines(p.getKeywords()));
            v.put("transportModes", lines(p.getTransportModes().stream().map(Enum::name).toList()));
            v.put("minAgeYears", p.getMinAgeYears() == null ? "" : String.valueOf(p.getMinAgeYears()));
            v.put("minValue", p.getMinValue() == null ? ""
                : p.getMinValue().getAmount().stripTrailingZeros().toPlainString() + " " + p.getMinValue().getCurrency());
            v.put("rate", p.getRate() == null ? "" : String.valueOf(p.getRate()));
            v.put("requiredDocument", p.getRequiredDocument() == null ? "" : p.getRequiredDocument().name());
        }
        return new DraftForm(entry.getKind(), v);
    }

    /** The draft the form describes, by {@code author} of {@code authority}; problems of values that could not be read. */
    public Draft toDraft(String author, String authority, long revision) {
        FieldProblems problems = FieldProblems.none();
        Reader read = new Reader(problems);
        WatchlistEntry.Builder entry = WatchlistEntry.newBuilder().setEntryId(value("entryId").trim()).setRevision(revision)
            .setKind(kind).setSource(EntrySource.ANALYST).setStatus(EntryStatus.DRAFT).setListingAuthority(authority)
            .setLegalBasis(blankToNull(value("legalBasis"))).setReason(blankToNull(value("reason")))
            .setAuthor(author).setApprover(null)
            .setSharingScope(read.code("sharingScope", SharingScope::valueOf, SharingScope.UNKNOWN))
            .setRiskWeight(read.number("riskWeight", Integer::valueOf, -1));
        switch (kind) {
            case PARTY -> {
                if (list("names").isEmpty()) {
                    problems.on("names", FormMessage.of("draft.problem.no-name"));
                }
                entry.setParty(ListedParty.newBuilder().setNames(list("names")).setKind(PartyKind.UNKNOWN)
                    .setCountries(list("country").stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()).build());
            }
            case OBJECT -> entry.setObject(ObjectDescription.newBuilder().setObjectType(blankToNull(value("objectType")))
                .setDescription(blankToNull(value("description"))).setPeriod(blankToNull(value("period")))
                .setReferenceNumbers(list("referenceNumbers")).build());
            case CONVEYANCE -> entry.setConveyance(ListedConveyance.newBuilder().setContainers(list("containers"))
                .setMeansIds(list("meansIds")).setMode(read.code("mode", TransportMode::valueOf, TransportMode.UNKNOWN)).build());
            case DOCUMENT -> entry.setDocument(ListedDocument.newBuilder()
                .setType(read.code("documentType", DocumentType::valueOf, DocumentType.OTHER))
                .setReference(value("reference").trim()).setIssuingCountry(blankToNull(value("issuingCountry"))).build());
            default -> entry.setProfile(profile(read));
        }
        return new Draft(entry.build(), problems);
    }

    private RiskProfile profile(Reader read) {
        return RiskProfile.newBuilder()
            .setRuleType(read.code("ruleType", RuleType::valueOf, RuleType.UNKNOWN))
            .setHsPrefixes(list("hsPrefixes"))
            .setCountries(list("countries").stream().map(c -> c.toUpperCase(Locale.ROOT)).toList())
            .setKeywords(list("keywords"))
            .setTransportModes(list("transportModes").stream()
                .map(m -> read.listed("transportModes", m, TransportMode::valueOf)).filter(m -> m != null).toList())
            .setMinAgeYears(value("minAgeYears").isBlank() ? null : read.number("minAgeYears", Integer::valueOf, null))
            .setMinValue(value("minValue").isBlank() ? null : read.money("minValue"))
            .setRate(value("rate").isBlank() ? null : read.number("rate", Double::valueOf, null))
            .setRequiredDocument(value("requiredDocument").isBlank() ? null
                : read.code("requiredDocument", DocumentType::valueOf, null))
            .build();
    }

    /** The values of a list field: one per line, or separated by commas where a value holds none. */
    private List<String> list(String field) {
        String separators = field.equals("names") ? "\\R" : "[\\r\\n,]+";
        return Arrays.stream(value(field).split(separators)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(CharSequence value) {
        return value == null ? "" : value.toString();
    }

    private static String lines(List<? extends CharSequence> values) {
        return values.stream().map(CharSequence::toString).collect(Collectors.joining("\n"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> List<String> names(E[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** A draft entry and what in the form could not be read. */
    public record Draft(WatchlistEntry entry, FieldProblems problems) {
    }

    /** Reads typed values, noting on the field what it cannot read. */
    private final class Reader {
        private final FieldProblems problems;

        Reader(FieldProblems problems) {
            this.problems = problems;
        }

        <T> T number(String field, Function<String, T> parse, T otherwise) {
            try {
                return parse.apply(value(field).trim());
            } catch (NumberFormatException e) {
                problems.on(field, FormMessage.of("draft.problem.not-a-number", value(field)));
                return otherwise;
            }
        }

        <E extends Enum<E>> E code(String field, Function<String, E> parse, E otherwise) {
            E code = listed(field, value(field), parse);
            return code == null ? otherwise : code;
        }

        <E extends Enum<E>> E listed(String field, String text, Function<String, E> parse) {
            try {
                return parse.apply(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.on(field, FormMessage.of("draft.problem.unknown-code", text));
                return null;
            }
        }

        Money money(String field) {
            String[] parts = value(field).trim().split("\\s+");
            try {
                if (parts.length == 2 && parts[1].matches("[A-Za-z]{3}")) {
                    return new Money(new BigDecimal(parts[0]).setScale(4, java.math.RoundingMode.HALF_UP),
                        parts[1].toUpperCase(Locale.ROOT));
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            problems.on(field, FormMessage.of("draft.problem.not-money", value(field)));
            return null;
        }
    }
}
