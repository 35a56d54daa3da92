package org.heritagesentinel.console.listing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.watchlist.EntryProblem;
import org.heritagesentinel.watchlist.EntryProblem.Code;

/**
 * The watchlist validator's reasons sorted by the form field they are about, so the form shows each one
 * next to its field; a reason about no field of the form (the listing authority, a limit of the whole
 * entry) stays general. The validator's English text names the field first ("riskWeight must be...",
 * "names: 70000 aliases"); the reasons saying what a kind of entry needs are sorted by their code.
 */
public final class FieldProblems {
    /** Reasons whose text does not start with their field. */
    private static final Map<Code, String> BY_CODE = new EnumMap<>(Code.class);

    static {
        BY_CODE.put(Code.KEY_DIFFERS, "entryId");
        BY_CODE.put(Code.PARTY_NEEDS_NAME_OR_IDENTIFIER, "names");
        BY_CODE.put(Code.OBJECT_NEEDS_DESCRIPTION, "description");
        BY_CODE.put(Code.CONVEYANCE_NEEDS_CONTAINER_OR_MEANS, "containers");
        BY_CODE.put(Code.DOCUMENT_NEEDS_REFERENCE, "reference");
        BY_CODE.put(Code.RULE_TYPE_UNKNOWN, "ruleType");
        BY_CODE.put(Code.HS_PREFIX_INVALID, "hsPrefixes");
        BY_CODE.put(Code.AGE_VALUE_NEEDS_AGE_OR_VALUE, "minAgeYears");
        BY_CODE.put(Code.VALUE_ANOMALY_NEEDS_MIN_VALUE, "minValue");
        BY_CODE.put(Code.KEYWORD_PROFILE_NEEDS_KEYWORDS, "keywords");
        BY_CODE.put(Code.CONVEYANCE_PROFILE_NEEDS_MODES, "transportModes");
        BY_CODE.put(Code.RANDOM_PROFILE_NEEDS_RATE, "rate");
    }

    private final Map<String, List<FormMessage>> byField = new LinkedHashMap<>();
    private final List<FormMessage> general = new ArrayList<>();

    /** Sorts the validator's {@code problems} over {@code fields}, the fields the form shows. */
    public static FieldProblems sort(List<EntryProblem> problems, List<String> fields) {
        FieldProblems sorted = new FieldProblems();
        problems.forEach(p -> sorted.add(p, fields));
        return sorted;
    }

    public static FieldProblems none() {
        return new FieldProblems();
    }

    private void add(EntryProblem problem, List<String> fields) {
        String text = problem.text();
        String field = fields.stream().filter(f -> text.startsWith(f + " ") || text.startsWith(f + ":"))
            .findFirst()
            .orElseGet(() -> fields.contains(BY_CODE.get(problem.code())) ? BY_CODE.get(problem.code()) : null);
        if (field == null) {
            general.add(FormMessage.of(problem));
        } else {
            on(field, FormMessage.of(problem));
        }
    }

    /** A problem of the form itself (a value that is no number, an unknown code) before any validation. */
    public void on(String field, FormMessage message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** A problem of the draft as a whole, about no one field. */
    public void onDraft(FormMessage message) {
        general.add(message);
    }

    public List<FormMessage> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<FormMessage> general() {
        return general;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    /** Every message for the summary above the form: general ones first, then each field's, to link to the field. */
    public List<Problem> all() {
        List<Problem> all = new ArrayList<>();
        general.forEach(m -> all.add(new Problem("", m)));
        byField.forEach((field, messages) -> messages.forEach(m -> all.add(new Problem(field, m))));
        return all;
    }

    /**
     * Adds the validator's {@code problems}; a field whose value could not be read keeps that message alone
     * (the validator only saw the stand-in value).
     */
    public FieldProblems merge(List<EntryProblem> problems, List<String> fields) {
        FieldProblems sorted = sort(problems, fields);
        general.addAll(sorted.general);
        sorted.byField.forEach((field, found) -> byField.putIfAbsent(field, found));
        return this;
    }

    /**
     * One message, about {@code field} of the form or, when empty, about the entry as a whole.
     */
    public record Problem(String field, FormMessage message) {
    }
}
