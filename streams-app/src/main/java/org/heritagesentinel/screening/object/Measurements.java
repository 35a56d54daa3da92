package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.List;
import org.heritagesentinel.avro.Dimensions;

/**
 * Sizes of an object: its linear dimensions in centimetres, unordered (declarants and
 * cataloguers list height, width, depth and diameter in any order), and its weight.
 */
record Measurements(List<Double> lengthsCm, double weightKg) {

  static final Measurements NONE = new Measurements(List.of(), Double.NaN);
  private static final int MAX_LENGTHS = 4;
  private static final double RELATIVE_TOLERANCE = 0.10;
  private static final double ABSOLUTE_TOLERANCE_CM = 2.0;
  private static final double ABSOLUTE_TOLERANCE_CAP = 0.20;

  Measurements {
    lengthsCm = List.copyOf(lengthsCm.size() > MAX_LENGTHS ? lengthsCm.subList(0, MAX_LENGTHS) : lengthsCm);
  }

  /** Result of comparing declared with listed sizes. */
  record Comparison(int agreeing, boolean conflict) {}

  static Measurements of(Dimensions dimensions) {
    if (dimensions == null) {
      return NONE;
    }
    List<Double> lengths = new ArrayList<>(4);
    for (Double value : new Double[] {dimensions.getHeightCm(), dimensions.getWidthCm(), dimensions.getDepthCm(), dimensions.getDiameterCm()}) {
      if (plausible(value)) {
        lengths.add(value);
      }
    }
    Double weight = dimensions.getWeightKg();
    return new Measurements(lengths, plausible(weight) ? weight : Double.NaN);
  }

  static boolean plausible(Double value) {
    return value != null && Double.isFinite(value) && value > 0;
  }

  boolean isEmpty() {
    return lengthsCm.isEmpty() && !hasWeight();
  }

  boolean hasWeight() {
    return !Double.isNaN(weightKg);
  }

  /**
   * Compares with another object's sizes. Lengths agree within ±10% or ±2 cm, whichever is
   * larger, but the absolute allowance never exceeds 20% of the size, so that small objects
   * (coins, seals, rings) must agree to the millimetre. Weights agree within ±10%. Every
   * length of the shorter list must find a distinct partner, in any order; otherwise the sizes
   * conflict.
   */
  Comparison compare(Measurements other) {
    int agreeing = 0;
    boolean conflict = false;
    if (!lengthsCm.isEmpty() && !other.lengthsCm.isEmpty()) {
      int paired = bestPairing(lengthsCm, 0, other.lengthsCm, new boolean[other.lengthsCm.size()]);
      if (paired < Math.min(lengthsCm.size(), other.lengthsCm.size())) {
        conflict = true;
      } else {
        agreeing += paired;
      }
    }
    if (hasWeight() && other.hasWeight()) {
      if (Math.abs(weightKg - other.weightKg) <= RELATIVE_TOLERANCE * Math.max(weightKg, other.weightKg)) {
        agreeing++;
      } else {
        conflict = true;
      }
    }
    return conflict ? new Comparison(0, true) : new Comparison(agreeing, false);
  }

  /** Most pairs of lengths within tolerance, each partner used once; lists have at most 4 entries. */
  private static int bestPairing(List<Double> mine, int index, List<Double> theirs, boolean[] used) {
    if (index == mine.size()) {
      return 0;
    }
    int best = bestPairing(mine, index + 1, theirs, used);
    for (int k = 0; k < theirs.size(); k++) {
      if (!used[k] && lengthsAgree(mine.get(index), theirs.get(k))) {
        used[k] = true;
        best = Math.max(best, 1 + bestPairing(mine, index + 1, theirs, used));
        used[k] = false;
      }
    }
    return best;
  }

  static boolean lengthsAgree(double a, double b) {
    double size = Math.max(a, b);
    double allowance = Math.max(RELATIVE_TOLERANCE * size, Math.min(ABSOLUTE_TOLERANCE_CM, ABSOLUTE_TOLERANCE_CAP * size));
    return Math.abs(a - b) <= allowance;
  }

  /** "8 × 5.1 cm, 12 g" for explanations. */
  String describe() {
    List<String> parts = new ArrayList<>(2);
    if (!lengthsCm.isEmpty()) {
      List<String> numbers = new ArrayList<>(lengthsCm.size());
      for (double length : lengthsCm) {
        numbers.add(number(length));
      }
      parts.add(String.join(" × ", numbers) + " cm");
    }
    if (hasWeight()) {
      parts.add(weightKg < 1 ? number(weightKg * 1000) + " g" : number(weightKg) + " kg");
    }
    return String.join(", ", parts);
  }

  private static String number(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10;
  }
}
