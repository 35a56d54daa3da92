package org.heritagesentinel.screening.object;

/**
 * Hijri (AH) years to Gregorian years. A lunar Hijri year lasts 354.37 days, so it straddles
 * two Gregorian years; the range of both is returned. Year precision is all a period needs, so
 * the mean-year formula (year 1 AH began mid-July 622) is used instead of a calendar table; it
 * is off by at most a few days.
 */
final class HijriYears {

  private static final double EPOCH = 622.54;
  private static final double YEAR_LENGTH = 354.367 / 365.25;

  private HijriYears() {}

  /** Gregorian years overlapped by the Hijri years {@code firstAh..lastAh} (both ≥ 1). */
  static YearRange toGregorian(int firstAh, int lastAh) {
    int start = (int) Math.floor(EPOCH + (firstAh - 1) * YEAR_LENGTH);
    int end = (int) Math.floor(EPOCH + lastAh * YEAR_LENGTH);
    return new YearRange(start, end);
  }
}
