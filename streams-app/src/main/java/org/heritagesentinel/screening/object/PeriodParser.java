package org.heritagesentinel.screening.object;

import static org.heritagesentinel.screening.object.PeriodLexicon.AGE_AFTER;
import static org.heritagesentinel.screening.object.PeriodLexicon.AGE_BEFORE;
import static org.heritagesentinel.screening.object.PeriodLexicon.AGE_BOUNDS;
import static org.heritagesentinel.screening.object.PeriodLexicon.AGE_UNITS;
import static org.heritagesentinel.screening.object.PeriodLexicon.ARABIC_TEENS;
import static org.heritagesentinel.screening.object.PeriodLexicon.ARABIC_TWENTY;
import static org.heritagesentinel.screening.object.PeriodLexicon.CENTURY_WORDS;
import static org.heritagesentinel.screening.object.PeriodLexicon.CIRCA;
import static org.heritagesentinel.screening.object.PeriodLexicon.CONNECTORS;
import static org.heritagesentinel.screening.object.PeriodLexicon.DECADE;
import static org.heritagesentinel.screening.object.PeriodLexicon.DECADE_OPENERS;
import static org.heritagesentinel.screening.object.PeriodLexicon.DISJUNCTIONS;
import static org.heritagesentinel.screening.object.PeriodLexicon.ERAS;
import static org.heritagesentinel.screening.object.PeriodLexicon.FILLERS;
import static org.heritagesentinel.screening.object.PeriodLexicon.MILLENNIUM_WORDS;
import static org.heritagesentinel.screening.object.PeriodLexicon.NUMBER_WITH_ERA;
import static org.heritagesentinel.screening.object.PeriodLexicon.NUMERIC_ORDINAL;
import static org.heritagesentinel.screening.object.PeriodLexicon.ORDINAL_WORDS;
import static org.heritagesentinel.screening.object.PeriodLexicon.QUALIFIERS;
import static org.heritagesentinel.screening.object.PeriodLexicon.RANGE_OPENERS;
import static org.heritagesentinel.screening.object.PeriodLexicon.ROMAN_LETTERS;
import static org.heritagesentinel.screening.object.PeriodLexicon.ROMAN_ORDINAL;
import static org.heritagesentinel.screening.object.PeriodLexicon.TENS_BEFORE_ORDINAL;
import static org.heritagesentinel.screening.object.PeriodLexicon.YEAR_MARKERS;
import static org.heritagesentinel.screening.object.PeriodLexicon.romanValue;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.heritagesentinel.screening.object.NamedPeriods.NamedPeriod;
import org.heritagesentinel.screening.object.PeriodLexicon.AgeBound;
import org.heritagesentinel.screening.object.PeriodLexicon.Era;
import org.heritagesentinel.screening.object.PeriodLexicon.Qualifier;

/**
 * Reads the date or period of an object from free text in English, French or Arabic, as a
 * {@link YearRange} in astronomical years. Never throws; text it cannot read gives empty.
 *
 * <p>Semantics, chosen so that two descriptions of one object overlap and age rules stay
 * conservative:
 * <ul>
 *   <li>Centuries include both boundary years, because declarants use both conventions:
 *       "19th century" = 1800–1900, "3rd c. BC" = 300–200 BC. Millennia likewise.</li>
 *   <li>"early / mid / late" take the first, middle or last ~third of the period (overlapping a
 *       little: these are impressions); "first / second half" take halves. The table of named
 *       periods spells out the conventional sub-periods ("late Roman" = 284–476), which win.</li>
 *   <li>"circa" widens a year by 2.5% of the object's age, at least 10 and at most 100 years
 *       ("c. 1900" = 1890–1910, "ca. 200 BC" ≈ 255–143 BC).</li>
 *   <li>Hijri years ("1250 AH", "1250 هـ") give the one or two Gregorian years they overlap.</li>
 *   <li>Ages are relative to the parser's clock: "300 years old" = made 300 years ago ±10%,
 *       "over 100 years" and "antique" = made at least 100 years ago (an open start:
 *       {@link YearRange#hasOpenStart()}), "less than 50 years" = made in the last 50 years.</li>
 *   <li>Several statements combine: overlapping ones intersect ("Ottoman, 19th century" =
 *       1800–1900), contradicting ones or ones joined by "or" are united.</li>
 * </ul>
 *
 * <p>{@link #parse} reads a field that holds a date (bare "1850" or "1850-1900" are years);
 * {@link #findIn} reads a goods description, where a bare number is as likely a quantity, so
 * years count only with an era, "circa" or "dated", and ages only with "old", "over"...
 */
public final class PeriodParser {

  private static final PeriodParser STANDARD = new PeriodParser(Clock.systemUTC());
  private static final int MAX_TOKENS = 200;
  private static final int CENTURY = 100;
  private static final int MILLENNIUM = 1000;
  private static final int MAX_BC_YEAR = 100_000;
  private static final int MAX_AGE = 100_000;
  /** Hijri years beyond this are not dates yet (1500 AH begins in 2076). */
  private static final int HIJRI_LIMIT = 1500;
  private static final String PLUS = "plus";
  private static final int MAX_NUMBER_DIGITS = 5;
  private static final Set<String> AGE_CONFIRMATIONS = Set.of("old", "age", "vieux", "vieille");

  private final Clock clock;

  /** A parser whose ages ("300 years old", "antique") are relative to the clock's current year. */
  public PeriodParser(Clock clock) {
    this.clock = clock;
  }

  /** The parser on the system clock. */
  public static PeriodParser standard() {
    return STANDARD;
  }

  /** The period stated in a field that holds a date or period, e.g. a declared period. */
  public Optional<YearRange> parse(String text) {
    return read(text, true);
  }

  /** The period mentioned in a free goods description, from unambiguous statements only. */
  public Optional<YearRange> findIn(String text) {
    return read(text, false);
  }

  private Optional<YearRange> read(String text, boolean dateField) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // "100+ years" → "100 plus years": the sign would be lost by folding
    String latin = RomanHomoglyphs.latin(text);
    String prepared = latin.indexOf('+') >= 0 ? latin.replace("+", " " + PLUS + " ") : latin;
    List<String> tokens = TextNormalizer.tokens(prepared);
    if (tokens.size() > MAX_TOKENS) {
      tokens = tokens.subList(0, MAX_TOKENS);
    }
    return new Scan(tokens, Year.now(clock).getValue(), dateField).combined();
  }

  private record Mention(YearRange range, int start, int end) {}

  private record Ordinal(int value, int end) {}

  private record YearToken(int value, int digits, Era era, boolean circa, boolean marked, int end) {
    /** Said to be a year (era, "circa", "dated"), not merely a number. */
    boolean explicit() {
      return era != null || circa || marked;
    }
  }

  /** One reading of one text. */
  private static final class Scan {
    private final List<String> tokens;
    private final int currentYear;
    private final boolean dateField;

    Scan(List<String> tokens, int currentYear, boolean dateField) {
      this.tokens = tokens;
      this.currentYear = currentYear;
      this.dateField = dateField;
    }

    Optional<YearRange> combined() {
      YearRange result = null;
      int previousEnd = 0;
      int i = 0;
      while (i < tokens.size()) {
        Mention mention = PeriodLexicon.mayStartPeriod(tokens.get(i)) ? mentionAt(i) : null;
        if (mention == null) {
          i++;
          continue;
        }
        result = result == null ? mention.range() : combine(result, mention.range(), disjunctionBetween(previousEnd, mention.start()));
        previousEnd = mention.end();
        i = mention.end();
      }
      return Optional.ofNullable(result);
    }

    private static YearRange combine(YearRange a, YearRange b, boolean alternatives) {
      return alternatives ? a.hull(b) : a.intersection(b).orElseGet(() -> a.hull(b));
    }

    private boolean disjunctionBetween(int from, int to) {
      for (int k = from; k < to; k++) {
        if (DISJUNCTIONS.contains(tokens.get(k))) {
          return true;
        }
      }
      return false;
    }

    private Mention mentionAt(int i) {
      Mention named = namedAt(i, null);
      if (named != null && named.end() - i > 1) {
        return named;
      }
      List<Qualifier> qualifiers = new ArrayList<>(1);
      int afterQualifier = QUALIFIERS.longestAt(tokens, i, qualifiers);
      if (afterQualifier > 0) {
        Mention qualified = qualifiedAt(skipFillers(i + afterQualifier), qualifiers.get(0));
        if (qualified != null) {
          return new Mention(qualified.range(), i, qualified.end());
        }
      }
      if (named != null) {
        return named;
      }
      Mention unit = unitAt(i, null, CENTURY_WORDS, CENTURY);
      if (unit == null) {
        unit = unitAt(i, null, MILLENNIUM_WORDS, MILLENNIUM);
      }
      if (unit != null) {
        return unit;
      }
      Mention decade = decadeAt(i);
      if (decade != null) {
        return decade;
      }
      Mention age = ageAt(i);
      return age != null ? age : yearsAt(i);
    }

    private Mention qualifiedAt(int j, Qualifier qualifier) {
      if (j >= tokens.size()) {
        return null;
      }
      Mention unit = unitAt(j, qualifier, CENTURY_WORDS, CENTURY);
      if (unit == null) {
        unit = unitAt(j, qualifier, MILLENNIUM_WORDS, MILLENNIUM);
      }
      return unit != null ? unit : namedAt(j, qualifier);
    }

    private Mention namedAt(int i, Qualifier qualifier) {
      List<NamedPeriod> found = new ArrayList<>(2);
      int length = NamedPeriods.longestAt(tokens, i, found);
      if (length == 0) {
        return null;
      }
      YearRange range = found.get(0).range(currentYear);
      for (NamedPeriod period : found) {
        range = range.hull(period.range(currentYear));
      }
      return new Mention(qualifier == null ? range : qualifier.apply(range), i, i + length);
    }

    /**
     * Centuries or millennia: "[early] 3rd[-late 2nd] century [BC]" (ordinal first) or
     * "القرن [الثالث] عشر [قبل الميلاد]" (unit word first).
     */
    private Mention unitAt(int i, Qualifier leading, Set<String> unitWords, int unitYears) {
      List<Qualifier> qualifiers = new ArrayList<>();
      List<Integer> ordinals = new ArrayList<>();
      int j;
      if (unitWords.contains(tokens.get(i))) {
        j = ordinalsAt(i + 1, leading, qualifiers, ordinals, true);
        if (ordinals.isEmpty()) {
          return null;
        }
      } else {
        j = ordinalsAt(i, leading, qualifiers, ordinals, false);
        if (ordinals.isEmpty() || j >= tokens.size() || !unitWords.contains(tokens.get(j))) {
          return null;
        }
        j++;
      }
      List<Era> era = new ArrayList<>(1);
      if (j < tokens.size()) {
        j += ERAS.longestAt(tokens, j, era);
      }
      YearRange range = null;
      for (int k = 0; k < ordinals.size(); k++) {
        YearRange part = unitRange(ordinals.get(k), unitYears, era.isEmpty() ? Era.AD : era.get(0));
        if (part == null) {
          return null;
        }
        if (qualifiers.get(k) != null) {
          part = qualifiers.get(k).apply(part);
        }
        range = range == null ? part : range.hull(part);
      }
      return new Mention(range, i, j);
    }

    /** Reads "ordinal [connector] [qualifier] ordinal ..." into the lists; returns the index after. */
    private int ordinalsAt(int j, Qualifier leading, List<Qualifier> qualifiers, List<Integer> ordinals, boolean numbersAllowed) {
      Qualifier qualifier = leading;
      int next = j;
      while (next < tokens.size()) {
        Ordinal ordinal = ordinalAt(next, numbersAllowed);
        if (ordinal == null) {
          break;
        }
        qualifiers.add(qualifier);
        ordinals.add(ordinal.value());
        j = ordinal.end();
        next = j;
        if (next < tokens.size() && CONNECTORS.contains(tokens.get(next))) {
          next++;
        }
        List<Qualifier> found = new ArrayList<>(1);
        int length = next < tokens.size() ? QUALIFIERS.longestAt(tokens, next, found) : 0;
        qualifier = found.isEmpty() ? null : found.get(0);
        next = length > 0 ? skipFillers(next + length) : next;
      }
      return j;
    }

    private Ordinal ordinalAt(int j, boolean numbersAllowed) {
      if (j >= tokens.size()) {
        return null;
      }
      String token = tokens.get(j);
      if (startsWithDigit(token)) {
        Matcher numeric = NUMERIC_ORDINAL.matcher(token);
        if (numeric.matches()) {
          return new Ordinal(Integer.parseInt(numeric.group(1)), j + 1);
        }
      }
      if (ROMAN_LETTERS.indexOf(token.charAt(0)) >= 0) {
        Matcher roman = ROMAN_ORDINAL.matcher(token);
        if (roman.matches()) {
          int value = romanValue(roman.group(1));
          return value > 0 ? new Ordinal(value, j + 1) : null;
        }
      }
      if (numbersAllowed && isNumber(token) && token.length() <= 2) {
        return new Ordinal(Integer.parseInt(token), j + 1);
      }
      Integer tens = TENS_BEFORE_ORDINAL.get(token);
      if (tens != null) {
        Integer unit = j + 1 < tokens.size() ? ORDINAL_WORDS.get(tokens.get(j + 1)) : null;
        return unit != null && unit < 10 ? new Ordinal(tens + unit, j + 2) : null;
      }
      Integer value = ORDINAL_WORDS.get(token);
      if (value == null) {
        return null;
      }
      if (value < 10 && j + 1 < tokens.size()) {
        String next = tokens.get(j + 1);
        if (ARABIC_TEENS.contains(next)) {
          return new Ordinal(value + 10, j + 2);
        }
        if (ARABIC_TWENTY.equals(next)) {
          return new Ordinal(value + 20, j + 2);
        }
      }
      return new Ordinal(value, j + 1);
    }

    /** The n-th century (unitYears 100) or millennium (1000), both boundary years included. */
    private YearRange unitRange(int n, int unitYears, Era era) {
      if (n < 1) {
        return null;
      }
      switch (era) {
        case BC:
          if ((long) n * unitYears > MAX_BC_YEAR) {
            return null;
          }
          return new YearRange(1 - n * unitYears, Math.min(0, 1 - (n - 1) * unitYears));
        case AH:
          if ((long) (n - 1) * unitYears + 1 > HIJRI_LIMIT) {
            return null;
          }
          return HijriYears.toGregorian((n - 1) * unitYears + 1, n * unitYears);
        default:
          if ((long) (n - 1) * unitYears > currentYear) {
            return null;
          }
          return new YearRange(Math.max(1, (n - 1) * unitYears), n * unitYears);
      }
    }

    /** "1920s", "1920's", "années 1920"; a round hundred ("1800s") is the century. */
    private Mention decadeAt(int i) {
      String token = tokens.get(i);
      int value;
      int end;
      Matcher decade = startsWithDigit(token) ? DECADE.matcher(token) : null;
      if (decade != null && decade.matches()) {
        value = Integer.parseInt(decade.group(1));
        end = i + 1;
      } else if (isNumber(token) && i + 1 < tokens.size() && tokens.get(i + 1).equals("s")) {
        value = Integer.parseInt(token);
        end = i + 2;
      } else if (DECADE_OPENERS.contains(token) && i + 1 < tokens.size() && isNumber(tokens.get(i + 1))) {
        value = Integer.parseInt(tokens.get(i + 1));
        end = i + 2;
      } else {
        return null;
      }
      if (value % 10 != 0 || value > currentYear || value < 1) {
        return null;
      }
      return new Mention(new YearRange(value, value + (value % CENTURY == 0 ? CENTURY - 1 : 9)), i, end);
    }

    /** "300 years old", "over 100 years", "plus de 100 ans", "عمرها أكثر من 300 سنة". */
    private Mention ageAt(int i) {
      int j = i;
      boolean confirmed = false;
      if (AGE_BEFORE.contains(tokens.get(j))) {
        confirmed = true;
        j++;
      }
      List<AgeBound> bounds = new ArrayList<>(1);
      j += j < tokens.size() ? AGE_BOUNDS.longestAt(tokens, j, bounds) : 0;
      if (bounds.isEmpty() && j < tokens.size() && CIRCA.contains(tokens.get(j))) {
        j++;
      }
      if (j >= tokens.size() || !isNumber(tokens.get(j))) {
        return null;
      }
      int years = Integer.parseInt(tokens.get(j++));
      if (j < tokens.size() && tokens.get(j).equals(PLUS)) {
        bounds.add(AgeBound.AT_LEAST);
        j++;
      }
      if (j >= tokens.size() || !AGE_UNITS.contains(tokens.get(j))) {
        return null;
      }
      j++;
      for (int k = 0; k < 2 && j < tokens.size() && AGE_AFTER.contains(tokens.get(j)); k++, j++) {
        confirmed |= AGE_CONFIRMATIONS.contains(tokens.get(j));
      }
      if ((!dateField && !confirmed && bounds.isEmpty()) || years < 1 || years > MAX_AGE) {
        return null;
      }
      int made = currentYear - years;
      YearRange range;
      if (bounds.isEmpty()) {
        int spread = Math.max(2, Math.round(years / 10f));
        range = new YearRange(Math.max(YearRange.OPEN_PAST, made - spread), Math.min(currentYear, made + spread));
      } else if (bounds.get(0) == AgeBound.AT_LEAST) {
        range = new YearRange(YearRange.OPEN_PAST, made);
      } else {
        range = new YearRange(made, currentYear);
      }
      return new Mention(range, i, j);
    }

    /** "1850", "c. 1900", "ca. 200 BC", "1250 هـ", "1850-1900", "between 300 BC and AD 100". */
    private Mention yearsAt(int i) {
      int j = i;
      boolean opened = RANGE_OPENERS.contains(tokens.get(j));
      if (opened) {
        j++;
      }
      YearToken first = yearTokenAt(j);
      if (first == null) {
        return null;
      }
      j = first.end();
      boolean connected = j < tokens.size() && CONNECTORS.contains(tokens.get(j));
      YearToken second = yearTokenAt(connected ? j + 1 : j);
      if (second != null && !connected && !dateField) {
        second = null;
      }
      if (!dateField && !first.explicit() && (second == null || !(second.explicit() || opened && connected))) {
        return null;
      }
      Era firstEra = first.era() != null ? first.era() : second != null ? second.era() : null;
      YearRange range = yearRange(first.value(), firstEra, first.circa());
      if (second != null) {
        Era secondEra = second.era() != null ? second.era() : first.era();
        int secondValue = expandAbbreviated(first, second, secondEra);
        YearRange other = yearRange(secondValue, secondEra, second.circa());
        if (other != null && range != null) {
          range = range.hull(other);
          j = second.end();
        }
      }
      return range == null ? null : new Mention(range, i, j);
    }

    /** "1850-60" → 1860. */
    private static int expandAbbreviated(YearToken first, YearToken second, Era era) {
      if (era != Era.BC && second.digits() < first.digits() && second.digits() <= 2) {
        int modulus = second.digits() == 1 ? 10 : CENTURY;
        int expanded = first.value() - first.value() % modulus + second.value();
        return expanded >= first.value() ? expanded : second.value();
      }
      return second.value();
    }

    private YearToken yearTokenAt(int start) {
      int j = start;
      if (j >= tokens.size()) {
        return null;
      }
      boolean marked = YEAR_MARKERS.contains(tokens.get(j));
      if (marked) {
        j = skipFillers(j + 1);
      }
      boolean circa = j + 1 < tokens.size() && CIRCA.contains(tokens.get(j)) && startsWithDigit(tokens.get(j + 1));
      if (circa) {
        j++;
      }
      List<Era> eras = new ArrayList<>(1);
      int prefix = j < tokens.size() ? ERAS.longestAt(tokens, j, eras) : 0;
      if (prefix > 0 && j + prefix < tokens.size() && isNumber(tokens.get(j + prefix))) {
        j += prefix;
      } else {
        eras.clear();
      }
      if (j >= tokens.size()) {
        return null;
      }
      String token = tokens.get(j);
      if (!startsWithDigit(token)) {
        return null;
      }
      Matcher withEra = NUMBER_WITH_ERA.matcher(token);
      int value;
      int digits;
      if (isNumber(token)) {
        value = Integer.parseInt(token);
        digits = token.length();
        j++;
      } else if (eras.isEmpty() && withEra.matches()) {
        value = Integer.parseInt(withEra.group(1));
        digits = withEra.group(1).length();
        eras.add(eraOf(withEra.group(2)));
        j++;
      } else {
        return null;
      }
      if (eras.isEmpty() && j < tokens.size()) {
        j += ERAS.longestAt(tokens, j, eras);
      }
      return new YearToken(value, digits, eras.isEmpty() ? null : eras.get(0), circa, marked, j);
    }

    /** 1 to 5 ASCII digits, what a year or an age is written with (folding made all digits ASCII). */
    private static boolean isNumber(String token) {
      if (token.isEmpty() || token.length() > MAX_NUMBER_DIGITS) {
        return false;
      }
      for (int k = 0; k < token.length(); k++) {
        if (token.charAt(k) < '0' || token.charAt(k) > '9') {
          return false;
        }
      }
      return true;
    }

    private static boolean startsWithDigit(String token) {
      return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    private static Era eraOf(String suffix) {
      return switch (suffix) {
        case "bc", "bce" -> Era.BC;
        case "ah", "h" -> Era.AH;
        default -> Era.AD;
      };
    }

    private YearRange yearRange(int value, Era era, boolean circa) {
      YearRange exact;
      if (era == Era.BC) {
        if (value < 1 || value > MAX_BC_YEAR) {
          return null;
        }
        exact = YearRange.of(1 - value);
      } else if (era == Era.AH) {
        if (value < 1 || value > HIJRI_LIMIT) {
          return null;
        }
        exact = HijriYears.toGregorian(value, value);
      } else {
        if (value < 1 || value > currentYear) {
          return null;
        }
        exact = YearRange.of(value);
      }
      if (!circa) {
        return exact;
      }
      int age = Math.max(0, currentYear - exact.earliest());
      int spread = Math.min(100, Math.max(10, Math.round(age * 0.025f)));
      return new YearRange(exact.earliest() - spread, Math.min(currentYear, exact.latest() + spread));
    }

    private int skipFillers(int j) {
      while (j < tokens.size() && FILLERS.contains(tokens.get(j))) {
        j++;
      }
      return j;
    }
  }
}
