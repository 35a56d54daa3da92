package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sizes written in a description: "8x5 cm", "8,2 × 5,1 × 2 cm", "H. 30 cm", "21 mm",
 * "ارتفاع ٣٠ سم", "12 g". A number needs a unit to count, so quantities ("2x coins",
 * "1200 pcs") are not taken for sizes.
 */
final class MeasurementParser {

  private static final String NUMBER = "(\\d{1,5}(?:\\.\\d{1,3})?)";
  private static final String LENGTH_UNIT = "(mm|cm|m|سم|مم|ملم)";
  private static final String BY = "\\s*(?:x|×|\\*|by|sur|على)\\s*";
  private static final String START = "(?<![\\p{L}\\d.])";
  private static final String END = "(?![\\p{L}])";
  private static final Pattern SERIES = Pattern.compile(
      START + NUMBER + "\\s*(?:" + LENGTH_UNIT + ")?" + BY + NUMBER + "\\s*(?:" + LENGTH_UNIT + ")?"
          + "(?:" + BY + NUMBER + ")?\\s*" + LENGTH_UNIT + END);
  private static final Pattern SINGLE = Pattern.compile(START + NUMBER + "\\s*" + LENGTH_UNIT + END);
  private static final Pattern WEIGHT = Pattern.compile(
      START + NUMBER + "\\s*(kg|kgs|kilos?|g|gr|grs|grams?|grammes?|غ|غم|غرام|جرام|جم|كغ|كجم|كيلو)" + END);
  private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d)[,٫](?=\\d)");
  private static final double MAX_LENGTH_CM = 5_000;

  private MeasurementParser() {}

  static Measurements parse(String text) {
    if (text == null || text.isBlank()) {
      return Measurements.NONE;
    }
    String prepared = DECIMAL_COMMA.matcher(foldDigits(text.toLowerCase(Locale.ROOT))).replaceAll(".");
    List<Double> lengths = new ArrayList<>(4);
    boolean[] taken = new boolean[prepared.length()];
    Matcher series = SERIES.matcher(prepared);
    while (series.find()) {
      String unit = series.group(6);
      for (int group : new int[] {1, 3, 5}) {
        addLength(lengths, series.group(group), unit);
      }
      mark(taken, series.start(), series.end());
    }
    Matcher single = SINGLE.matcher(prepared);
    while (single.find()) {
      if (!taken[single.start()]) {
        addLength(lengths, single.group(1), single.group(2));
      }
    }
    Matcher weight = WEIGHT.matcher(prepared);
    double weightKg = weight.find() ? toKg(Double.parseDouble(weight.group(1)), weight.group(2)) : Double.NaN;
    return new Measurements(lengths, weightKg > 0 ? weightKg : Double.NaN);
  }

  private static void addLength(List<Double> lengths, String number, String unit) {
    if (number == null) {
      return;
    }
    double value = Double.parseDouble(number);
    double cm = switch (unit) {
      case "mm", "مم", "ملم" -> value / 10;
      case "m" -> value * 100;
      default -> value;
    };
    if (cm > 0 && cm <= MAX_LENGTH_CM) {
      lengths.add(cm);
    }
  }

  private static double toKg(double value, String unit) {
    return unit.startsWith("k") || unit.equals("كغ") || unit.equals("كجم") || unit.equals("كيلو") ? value : value / 1000;
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int k = start; k < end; k++) {
      taken[k] = true;
    }
  }

  private static String foldDigits(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = c >= '٠' && c <= '٩' ? c - '٠' : c >= '۰' && c <= '۹' ? c - '۰' : -1;
      if (digit >= 0) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) ('0' + digit));
      }
    }
    return out == null ? text : out.toString();
  }
}
