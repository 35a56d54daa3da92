package org.heritagesentinel.screening.object;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds free text in English, French or Arabic into comparable tokens.
 *
 * <p>Declarations are typed by hand on every kind of keyboard, so the same word arrives as
 * "Cunéiforme", "CUNEIFORME" or "cuneiforme", and Arabic as أثرية, اثريه or أثريّة. Folding:
 * lower case; Latin diacritics, Arabic harakat and tatweel removed; أ/إ/آ/ٱ → ا, ؤ → و, ئ/ى → ي,
 * ة → ه, Persian ک/ی → ك/ي; Arabic-Indic digits → ASCII; œ/æ/ß expanded; everything that is not a
 * letter or digit separates tokens (so "d'or" → "d", "or" and "J.-C." → "j", "c"). The Arabic
 * definite article, alone or fused with a preposition (ال، وال، بال، فال، كال، لل), is cut from
 * the token, because vocabularies list bare forms.
 *
 * <p>A lookup table over U+0000–U+06FF, built once, makes the common path one array read per
 * character.
 */
public final class TextNormalizer {

  private static final int TABLE_SIZE = 0x0700;
  /** Folded form per char; "" drops the char, null separates tokens. */
  private static final String[] FOLD = buildTable();
  private static final String[] ARTICLES = {"وال", "بال", "فال", "كال", "لل", "ال"};
  private static final int MIN_STEM = 2;

  private TextNormalizer() {}

  /** Folded tokens of the text in order; empty for null or blank text. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String folded = fold(text.charAt(i));
      if (folded == null) {
        flush(current, tokens);
      } else {
        current.append(folded);
      }
    }
    flush(current, tokens);
    return tokens;
  }

  /** The folded tokens joined by single spaces: the form vocabulary phrases are stored in. */
  public static String normalize(String text) {
    return String.join(" ", tokens(text));
  }

  private static void flush(StringBuilder current, List<String> tokens) {
    if (current.length() > 0) {
      tokens.add(stripArabicArticle(current.toString()));
      current.setLength(0);
    }
  }

  static boolean isArabic(String token) {
    return !token.isEmpty() && Character.UnicodeBlock.of(token.charAt(0)) == Character.UnicodeBlock.ARABIC;
  }

  private static String stripArabicArticle(String token) {
    if (!isArabic(token)) {
      return token;
    }
    for (String article : ARTICLES) {
      if (token.startsWith(article) && token.length() - article.length() >= MIN_STEM) {
        return token.substring(article.length());
      }
    }
    return token;
  }

  private static String fold(char c) {
    if (c < TABLE_SIZE) {
      return FOLD[c];
    }
    if (isArabicPresentationForm(c) || isFullWidth(c)) {
      // rare (text copied from PDFs): decompose, then fold the pieces through the table
      StringBuilder out = new StringBuilder();
      for (char piece : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).toCharArray()) {
        String folded = piece < TABLE_SIZE ? FOLD[piece] : null;
        if (folded != null) {
          out.append(folded);
        }
      }
      return out.length() == 0 ? null : out.toString();
    }
    if (isMark(c)) {
      return "";
    }
    return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : null;
  }

  private static boolean isArabicPresentationForm(char c) {
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
  }

  private static boolean isFullWidth(char c) {
    return c >= 0xFF01 && c <= 0xFF5E;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String[] buildTable() {
    String[] table = new String[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      table[c] = foldSlowly(c);
    }
    table['ة'] = "ه";
    table['ى'] = "ي";
    table['ـ'] = "";
    table['ٱ'] = "ا";
    table['ک'] = "ك";
    table['ی'] = "ي";
    table['œ'] = "oe";
    table['Œ'] = "oe";
    table['æ'] = "ae";
    table['Æ'] = "ae";
    table['ß'] = "ss";
    table['ø'] = "o";
    table['Ø'] = "o";
    table['ł'] = "l";
    table['Ł'] = "l";
    table['đ'] = "d";
    table['Đ'] = "d";
    table['ı'] = "i";
    for (char d = 0; d < 10; d++) {
      table[0x0660 + d] = String.valueOf((char) ('0' + d));
      table[0x06F0 + d] = String.valueOf((char) ('0' + d));
    }
    return table;
  }

  /** NFD, then keep letters and digits: removes Latin accents and Arabic hamza/madda marks. */
  private static String foldSlowly(char c) {
    if (isMark(c)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (char piece : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
      if (Character.isLetterOrDigit(piece)) {
        out.append(piece);
      }
    }
    return out.length() == 0 ? null : out.toString().toLowerCase(Locale.ROOT);
  }
}
