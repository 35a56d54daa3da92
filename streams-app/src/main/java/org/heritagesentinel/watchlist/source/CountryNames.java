package org.heritagesentinel.watchlist.source;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as the lists write them ("Iraq", "Syrian Arab Republic", "Iran (Islamic Republic of)")
 * or ISO codes in any case ("iq") → ISO 3166-1 alpha-2. Names it does not know stay unresolved rather
 * than guessed.
 */
final class CountryNames {
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        // the United Nations' and OFAC's spellings that differ from the JDK's English names
        Map.ofEntries(
            Map.entry("Syrian Arab Republic", "SY"), Map.entry("Iran (Islamic Republic of)", "IR"),
            Map.entry("Democratic People's Republic of Korea", "KP"), Map.entry("Korea, North", "KP"),
            Map.entry("Republic of Korea", "KR"), Map.entry("Korea, South", "KR"), Map.entry("Russian Federation", "RU"),
            Map.entry("Libyan Arab Jamahiriya", "LY"), Map.entry("United Republic of Tanzania", "TZ"),
            Map.entry("State of Palestine", "PS"), Map.entry("Palestinian", "PS"), Map.entry("West Bank", "PS"),
            Map.entry("Gaza", "PS"), Map.entry("Burma", "MM"), Map.entry("Turkey", "TR"), Map.entry("Türkiye", "TR"),
            Map.entry("Viet Nam", "VN"), Map.entry("Lao People's Democratic Republic", "LA"),
            Map.entry("Bolivia (Plurinational State of)", "BO"), Map.entry("Venezuela (Bolivarian Republic of)", "VE"),
            Map.entry("Congo, Democratic Republic of the", "CD"), Map.entry("Democratic Republic of the Congo", "CD"),
            Map.entry("United States of America", "US"), Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
            Map.entry("Kosovo", "XK"), Map.entry("Cote d'Ivoire", "CI"), Map.entry("Côte d'Ivoire", "CI"))
            .forEach((name, code) -> CODES.put(key(name), code));
    }

    private CountryNames() {
    }

    static Optional<String> code(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        String trimmed = country.trim();
        if (trimmed.length() == 2 && trimmed.chars().allMatch(Character::isLetter)) {
            return Optional.of(trimmed.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(CODES.get(key(trimmed)));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
