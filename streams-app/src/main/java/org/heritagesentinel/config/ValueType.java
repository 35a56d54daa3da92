package org.heritagesentinel.config;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a configuration value must look like, said the way an operator reads it in an error
 * ("expected a whole number 0..100"). Checked before any value is used, so a wrong value stops the
 * start with its key instead of surfacing later as a stack trace.
 */
public record ValueType(String expected, Predicate<String> accepts) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern HOST_PORT = Pattern.compile("[^\\s:,/]+:\\d{1,5}");
    private static final Pattern NAMED_NUMBER = Pattern.compile("[A-Za-z][A-Za-z0-9]*\\s*=\\s*[0-9]+(\\.[0-9]+)?");

    public static final ValueType TEXT = new ValueType("any text", v -> true);
    public static final ValueType NAME = new ValueType("a non-empty name", v -> !v.isBlank());
    public static final ValueType COUNT = integer(1, Integer.MAX_VALUE);
    public static final ValueType SCORE = integer(0, 100);
    public static final ValueType PORT = integer(-1, 65535);
    public static final ValueType RATIO = new ValueType("a number between 0 and 1", v -> number(v, 0, 1));
    public static final ValueType RATE = new ValueType("a number greater than 0", v -> number(v, Double.MIN_VALUE, Double.MAX_VALUE));
    public static final ValueType BOOLEAN = new ValueType("true or false",
        v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"));
    public static final ValueType DURATION = new ValueType("an ISO-8601 duration of zero or more such as PT15M, PT6H or P30D",
        ValueType::positiveDuration);
    public static final ValueType CODES = new ValueType("a comma-separated list of codes such as JO,IQ,LB (may be empty)",
        v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).allMatch(c -> CODE.matcher(c).matches()));
    public static final ValueType BROKERS = new ValueType("host:port[,host:port...] such as broker-1:9092",
        v -> !v.isBlank() && Arrays.stream(v.split(",")).map(String::trim).allMatch(h -> HOST_PORT.matcher(h).matches()));
    public static final ValueType HTTP_URL = new ValueType("an http:// or https:// URL such as http://registry:8080/apis/registry/v2",
        ValueType::httpUrl);

    /** Numbers of a table by name; which names exist is the table's to say (checked when it is built). */
    public static final ValueType NAMED_NUMBERS = new ValueType(
        "comma-separated NAME=number pairs such as genericCap=0.45,maxCandidates=200 (may be empty)",
        v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .allMatch(pair -> NAMED_NUMBER.matcher(pair).matches()));

    /** Which day's exchange rate applies to a value threshold. */
    public static final ValueType RATE_DAY = oneOf(List.of("ACCEPTANCE_DAY", "PREVIOUS_DAY", "MONTH_START"));

    /** A whole number within {@code min..max}. */
    public static ValueType integer(int min, int max) {
        String range = max == Integer.MAX_VALUE ? " ≥ " + min : " " + min + ".." + max;
        return new ValueType("a whole number" + range, v -> {
            try {
                int parsed = Integer.parseInt(v.trim());
                return parsed >= min && parsed <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        });
    }

    /** One of the given words, case-insensitive. */
    public static ValueType oneOf(List<String> choices) {
        return new ValueType("one of " + String.join(", ", choices),
            v -> choices.contains(v.trim().toUpperCase(Locale.ROOT)));
    }

    public static <E extends Enum<E>> ValueType oneOf(Class<E> type) {
        return oneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(n -> !n.equals("UNKNOWN")).toList());
    }

    private static boolean number(String v, double min, double max) {
        try {
            double parsed = Double.parseDouble(v.trim());
            return parsed >= min && parsed <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean positiveDuration(String v) {
        try {
            return !Duration.parse(v.trim()).isNegative();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean httpUrl(String v) {
        try {
            URI uri = URI.create(v.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
