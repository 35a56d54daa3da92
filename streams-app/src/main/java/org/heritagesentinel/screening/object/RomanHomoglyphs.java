package org.heritagesentinel.screening.object;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman numerals typed on a Cyrillic keyboard: "ХІХ століття" is written with Cyrillic Х and І that look like Latin X
 * and I (12 % of the periods of one real register). A word made only of numeral letters, in capitals, at least one of
 * them Cyrillic (Х І С М, and В where a writer took it for V), is read as the Latin numeral. Words of one letter are
 * read only for Х and І: a lone "В" or "С" is the preposition (в, с), and lower-case words are Cyrillic words.
 */
final class RomanHomoglyphs {

  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}])[IVXLCDMХІСМВ]+(?![\\p{L}])");
  private static final Pattern CYRILLIC = Pattern.compile("[ХІСМВ]");

  private RomanHomoglyphs() {}

  /** The text with every homoglyph numeral in Latin letters; other text unchanged. */
  static String latin(String text) {
    if (!CYRILLIC.matcher(text).find()) {
      return text;
    }
    Matcher word = WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (word.find()) {
      String numeral = word.group();
      boolean lone = numeral.length() == 1;
      boolean read = CYRILLIC.matcher(numeral).find() && (!lone || numeral.equals("Х") || numeral.equals("І"));
      word.appendReplacement(out, Matcher.quoteReplacement(read ? toLatin(numeral) : numeral));
    }
    word.appendTail(out);
    return out.toString();
  }

  private static String toLatin(String numeral) {
    StringBuilder latin = new StringBuilder(numeral.length());
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      latin.append(switch (c) {
        case 'Х' -> 'X';
        case 'І' -> 'I';
        case 'С' -> 'C';
        case 'М' -> 'M';
        case 'В' -> 'V';
        default -> c;
      });
    }
    return latin.toString();
  }
}
