package org.heritagesentinel.console.listing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The watchlist validator's messages sorted by the form field they are about, so the form shows each one
 * next to its field; a message about no field of the form (the listing authority, a limit of the whole
 * entry) stays general. The validator names the field first ("riskWeight must be...", "names: 70000
 * aliases") or says what a kind of entry needs ("RANDOM profile needs a rate").
 */
public final class FieldProblems {
    /** Messages that do not start with their field, by what they say. */
    private static final Map<Pattern, String> BY_MEANING = new LinkedHashMap<>();

    static {
        BY_MEANING.put(Pattern.compile("^record key"), "entryId");
        BY_MEANING.put(Pattern.compile("^PARTY entry needs a name"), "names");
        BY_MEANING.put(Pattern.compile("^OBJECT entry needs"), "description");
        BY_MEANING.put(Pattern.compile("^CONVEYANCE entry needs"), "containers");
        BY_MEANING.put(Pattern.compile("^DOCUMENT entry needs"), "reference");
        BY_MEANING.put(Pattern.compile("^profile ruleType"), "ruleType");
        BY_MEANING.put(Pattern.compile("^invalid HS prefix"), "hsPrefixes");
        BY_MEANING.put(Pattern.compile("needs minAgeYears"), "minAgeYears");
        BY_MEANING.put(Pattern.compile("needs minValue"), "minValue");
        BY_MEANING.put(Pattern.compile("needs keywords"), "keywords");
        BY_MEANING.put(Pattern.compile("needs transportModes"), "transportModes");
        BY_MEANING.put(Pattern.compile("needs a rate"), "rate");
    }

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    /** Sorts {@code messages} over {@code fields}, the fields the form shows. */
    public static FieldProblems sort(List<String> messages, List<String> fields) {
        FieldProblems problems = new FieldProblems();
        messages.forEach(m -> problems.add(m, fields));
        return problems;
    }

    public static FieldProblems none() {
        return new FieldProblems();
    }

    private void add(String message, List<String> fields) {
        String field = fields.stream().filter(f -> message.startsWith(f + " ") || message.startsWith(f + ":"))
            .findFirst()
            .orElseGet(() -> BY_MEANING.entrySet().stream().filter(e -> e.getKey().matcher(message).find())
                .map(Map.Entry::getValue).filter(fields::contains).findFirst().orElse(null));
        if (field == null) {
            general.add(message);
        } else {
            on(field, message);
        }
    }

    /** A problem of the form itself (a value that is no number, an unknown code) before any validation. */
    public void on(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<String> general() {
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
     * Adds the validator's {@code messages}; a field whose value could not be read keeps that message alone
     * (the validator only saw the stand-in value).
     */
    public FieldProblems merge(List<String> messages, List<String> fields) {
        FieldProblems sorted = sort(messages, fields);
        general.addAll(sorted.general);
        sorted.byField.forEach((field, found) -> byField.putIfAbsent(field, found));
        return this;
    }

    /**
     * One message, about {@code field} of the form or, when empty, about the entry as a whole.
     */
    public record Problem(String field, String message) {
    }
}
