package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * English number words and ordinals as digits, so "Brigade Forty-Four", "Brigade Forty 4" and "Brigade 44",
 * or "First International Bank" and "1st International Bank", have the same parts.
 */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10));
    /** "fourty" is the common misspelling of forty. */
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);

    private NumberWords() {
    }

    static List<NameToken> asDigits(List<NameToken> tokens) {
        List<NameToken> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            Integer tens = token.vowelled() ? TENS.get(token.text()) : null;
            Integer unit = token.vowelled() ? UNITS.get(token.text()) : null;
            if (tens != null) {
                int value = tens;
                int following = i + 1 < tokens.size() ? unitOf(tokens.get(i + 1)) : 0;
                if (following > 0 && following < 10) {
                    value += following;
                    i++;
                }
                out.add(new NameToken(Integer.toString(value), true));
            } else if (unit != null) {
                out.add(new NameToken(Integer.toString(unit), true));
            } else {
                out.add(token);
            }
        }
        return out;
    }

    private static int unitOf(NameToken token) {
        String text = token.text();
        if (text.length() == 1 && Character.isDigit(text.charAt(0))) {
            return text.charAt(0) - '0';
        }
        Integer unit = token.vowelled() ? UNITS.get(text) : null;
        return unit == null ? 0 : unit;
    }
}
