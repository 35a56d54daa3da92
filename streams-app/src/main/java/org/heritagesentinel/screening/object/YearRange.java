package org.heritagesentinel.screening.object;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An inclusive range of years in which an object was made, in astronomical numbering
 * (the numbering of {@link java.time.Year}): 1 = AD 1, 0 = 1 BC, -299 = 300 BC. With it the age of
 * an object is a subtraction, with no missing year 0 to special-case.
 *
 * <p>A range whose start is {@link #OPEN_PAST} only bounds the end ("antique", "over 100 years
 * old"): the object is known to be at least that old, not when it was made.
 */
public record YearRange(int earliest, int latest) {

  /** Start of ranges with no known beginning: before any human-made object. */
  public static final int OPEN_PAST = -3_000_000;

  public YearRange {
    if (earliest > latest) {
      throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
    }
    if (earliest < OPEN_PAST) {
      throw new IllegalArgumentException("earliest " + earliest + " is before " + OPEN_PAST);
    }
  }

  public static YearRange of(int year) {
    return new YearRange(year, year);
  }

  /** Astronomical year of a year as historians write it ("300 BC" is {@code fromHistorical(-300)}). */
  public static int fromHistorical(int signedYear) {
    return signedYear < 0 ? signedYear + 1 : signedYear;
  }

  public boolean hasOpenStart() {
    return earliest == OPEN_PAST;
  }

  /** Number of years covered, at least 1. */
  public int span() {
    return latest - earliest + 1;
  }

  public boolean overlaps(YearRange other) {
    return earliest <= other.latest && other.earliest <= latest;
  }

  /** Years between the two ranges; 0 when they overlap or touch. */
  public int gap(YearRange other) {
    return Math.max(0, Math.max(earliest - other.latest, other.earliest - latest));
  }

  public Optional<YearRange> intersection(YearRange other) {
    return overlaps(other)
        ? Optional.of(new YearRange(Math.max(earliest, other.earliest), Math.min(latest, other.latest)))
        : Optional.empty();
  }

  /** Smallest range covering both. */
  public YearRange hull(YearRange other) {
    return new YearRange(Math.min(earliest, other.earliest), Math.max(latest, other.latest));
  }

  /**
   * Age in whole calendar years the object has certainly reached at the given date:
   * {@code at.getYear() - latest}, never negative. Customs age thresholds ("at least 100 years
   * old", "made before 1750") count in calendar years, so no day arithmetic.
   */
  public int minAgeYears(LocalDate at) {
    return Math.max(0, at.getYear() - latest);
  }

  @Override
  public String toString() {
    if (hasOpenStart()) {
      return format(latest, latest <= 0) + " or earlier";
    }
    boolean bc = earliest <= 0;
    return earliest == latest ? format(earliest, bc) : format(earliest, bc) + "–" + format(latest, bc);
  }

  private static String format(int year, boolean rangeStartsBc) {
    if (year <= 0) {
      return (1 - year) + " BC";
    }
    return rangeStartsBc ? "AD " + year : String.valueOf(year);
  }
}
