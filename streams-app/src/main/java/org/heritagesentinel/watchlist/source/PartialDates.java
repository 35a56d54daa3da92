package org.heritagesentinel.watchlist.source;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as the lists write them → ISO as precise as written: "1965", "1965-03" or
 * "1965-03-12". A day or month the source does not give is never invented.
 */
final class PartialDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** OFAC: "12 Dec 1960", "Dec 1960", "1960", with "circa" or "approximately" in front at times. */
    private static final Pattern WRITTEN = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\\d{4})");
    private static final Map<String, String> MONTHS = Map.ofEntries(
        Map.entry("jan", "01"), Map.entry("feb", "02"), Map.entry("mar", "03"), Map.entry("apr", "04"),
        Map.entry("may", "05"), Map.entry("jun", "06"), Map.entry("jul", "07"), Map.entry("aug", "08"),
        Map.entry("sep", "09"), Map.entry("oct", "10"), Map.entry("nov", "11"), Map.entry("dec", "12"));

    private PartialDates() {
    }

    /** An ISO date or partial date ("1965", "1965-03", "1965-03-12T00:00:00"), checked. */
    static Optional<String> iso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        Matcher m = ISO.matcher(trimmed.length() > 10 && trimmed.charAt(10) == 'T' ? trimmed.substring(0, 10) : trimmed);
        if (!m.matches() || !plausible(m.group(2), m.group(3))) {
            return Optional.empty();
        }
        return Optional.of(m.group(0));
    }

    /** A date written out ("12 Dec 1960", "circa 1960", "Dec 1960"): the written parts only. */
    static Optional<String> written(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim().replaceFirst("(?i)^(circa|approximately|approx\\.?|ca\\.?)\\s+", "");
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            return iso(text);
        }
        String month = m.group(2) == null ? null : MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (m.group(2) != null && month == null || m.group(1) != null && month == null) {
            return Optional.empty();
        }
        String day = m.group(1) == null ? null : String.format(Locale.ROOT, "%02d", Integer.parseInt(m.group(1)));
        if (!plausible(month, day)) {
            return Optional.empty();
        }
        return Optional.of(m.group(3) + (month == null ? "" : "-" + month) + (day == null ? "" : "-" + day));
    }

    private static boolean plausible(String month, String day) {
        return (month == null || Integer.parseInt(month) >= 1 && Integer.parseInt(month) <= 12)
            && (day == null || Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31);
    }
}
