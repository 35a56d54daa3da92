package org.heritagesentinel.screening.object;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar words of dates in English, French and Arabic: eras, ordinals, century words,
 * qualifiers, age phrases. Kept in code, unlike the table of named periods, because the parser's
 * rules depend on each of them. Every word is folded like the text it is compared with.
 */
final class PeriodLexicon {

  enum Era { BC, AD, AH }

  enum AgeBound { AT_LEAST, AT_MOST }

  /** A part of a period ("early 18th century"), as fractions of its span. */
  enum Qualifier {
    EARLY(0.0, 0.35), MID(0.30, 0.70), LATE(0.65, 1.0), FIRST_HALF(0.0, 0.5), SECOND_HALF(0.5, 1.0),
    FIRST_THIRD(0.0, 0.34), MIDDLE_THIRD(0.33, 0.67), LAST_THIRD(0.66, 1.0),
    FIRST_QUARTER(0.0, 0.25), SECOND_QUARTER(0.25, 0.5), THIRD_QUARTER(0.5, 0.75), LAST_QUARTER(0.75, 1.0);

    private final double from;
    private final double to;

    Qualifier(double from, double to) {
      this.from = from;
      this.to = to;
    }

    /** The part of the range; ranges without a known start have no parts and are returned as they are. */
    YearRange apply(YearRange range) {
      if (range.hasOpenStart()) {
        return range;
      }
      int span = range.latest() - range.earliest();
      return new YearRange(range.earliest() + (int) Math.round(from * span), range.earliest() + (int) Math.round(to * span));
    }
  }

  static final Pattern NUMBER_WITH_ERA = Pattern.compile("(\\d{1,5})(bc|bce|ad|ce|ah|h)");
  static final Pattern DECADE = Pattern.compile("(\\d{3,4})s");
  static final Pattern NUMERIC_ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th|d|e|eme|em|er|ere|re|nde)");
  static final Pattern ROMAN_ORDINAL = Pattern.compile("([ivx]{1,6})(e|eme|em|er|ere|re)?");

  static final PhraseIndex<Era> ERAS = new PhraseIndex<Era>()
      .add("bc", Era.BC).add("bce", Era.BC).add("b c", Era.BC).add("b c e", Era.BC)
      .add("av j c", Era.BC).add("av jc", Era.BC).add("avant j c", Era.BC).add("avant jesus christ", Era.BC)
      .add("av notre ere", Era.BC).add("avant notre ere", Era.BC)
      .add("قبل الميلاد", Era.BC).add("ق م", Era.BC)
      .add("ad", Era.AD).add("ce", Era.AD).add("a d", Era.AD).add("c e", Era.AD)
      .add("ap j c", Era.AD).add("apr j c", Era.AD).add("apres j c", Era.AD).add("apres jesus christ", Era.AD)
      .add("de notre ere", Era.AD).add("ميلادي", Era.AD).add("ميلادية", Era.AD).add("بعد الميلاد", Era.AD)
      .add("م", Era.AD).add("до н е", Era.BC).add("до н э", Era.BC).add("н е", Era.AD).add("н э", Era.AD)
      .add("ah", Era.AH).add("a h", Era.AH).add("h", Era.AH).add("hijri", Era.AH).add("hegire", Era.AH)
      .add("de l hegire", Era.AH).add("هـ", Era.AH).add("هجري", Era.AH).add("هجرية", Era.AH)
      .add("للهجرة", Era.AH).add("الهجري", Era.AH);

  static final PhraseIndex<Qualifier> QUALIFIERS = new PhraseIndex<Qualifier>()
      .add("early", Qualifier.EARLY).add("beginning of", Qualifier.EARLY).add("start of", Qualifier.EARLY)
      .add("debut", Qualifier.EARLY).add("au debut", Qualifier.EARLY).add("premieres annees", Qualifier.EARLY)
      .add("أوائل", Qualifier.EARLY).add("بداية", Qualifier.EARLY).add("بدايات", Qualifier.EARLY).add("مطلع", Qualifier.EARLY)
      .add("mid", Qualifier.MID).add("middle", Qualifier.MID).add("middle of", Qualifier.MID).add("milieu", Qualifier.MID)
      .add("au milieu", Qualifier.MID).add("منتصف", Qualifier.MID).add("أواسط", Qualifier.MID)
      .add("late", Qualifier.LATE).add("end of", Qualifier.LATE).add("fin", Qualifier.LATE).add("a la fin", Qualifier.LATE)
      .add("أواخر", Qualifier.LATE).add("نهاية", Qualifier.LATE).add("اواخر", Qualifier.LATE)
      .add("first half", Qualifier.FIRST_HALF).add("1st half", Qualifier.FIRST_HALF)
      .add("premiere moitie", Qualifier.FIRST_HALF).add("النصف الأول", Qualifier.FIRST_HALF)
      .add("second half", Qualifier.SECOND_HALF).add("2nd half", Qualifier.SECOND_HALF).add("latter half", Qualifier.SECOND_HALF)
      .add("seconde moitie", Qualifier.SECOND_HALF).add("deuxieme moitie", Qualifier.SECOND_HALF)
      .add("النصف الثاني", Qualifier.SECOND_HALF)
      .add("перша половина", Qualifier.FIRST_HALF)
      .add("друга половина", Qualifier.SECOND_HALF).add("вторая половина", Qualifier.SECOND_HALF)
      .add("first third", Qualifier.FIRST_THIRD).add("1st third", Qualifier.FIRST_THIRD)
      .add("second third", Qualifier.MIDDLE_THIRD).add("middle third", Qualifier.MIDDLE_THIRD)
      .add("last third", Qualifier.LAST_THIRD).add("final third", Qualifier.LAST_THIRD)
      .add("third third", Qualifier.LAST_THIRD).add("остання третина", Qualifier.LAST_THIRD)
      .add("first quarter", Qualifier.FIRST_QUARTER).add("1st quarter", Qualifier.FIRST_QUARTER)
      .add("second quarter", Qualifier.SECOND_QUARTER).add("2nd quarter", Qualifier.SECOND_QUARTER)
      .add("third quarter", Qualifier.THIRD_QUARTER).add("3rd quarter", Qualifier.THIRD_QUARTER)
      .add("last quarter", Qualifier.LAST_QUARTER).add("fourth quarter", Qualifier.LAST_QUARTER)
      .add("4th quarter", Qualifier.LAST_QUARTER).add("перша чверть", Qualifier.FIRST_QUARTER)
      .add("остання чверть", Qualifier.LAST_QUARTER)
      .add("кінець", Qualifier.LATE).add("конец", Qualifier.LATE).add("початок", Qualifier.EARLY)
      .add("начало", Qualifier.EARLY).add("середина", Qualifier.MID);

  static final PhraseIndex<AgeBound> AGE_BOUNDS = new PhraseIndex<AgeBound>()
      .add("over", AgeBound.AT_LEAST).add("more than", AgeBound.AT_LEAST).add("older than", AgeBound.AT_LEAST)
      .add("above", AgeBound.AT_LEAST).add("at least", AgeBound.AT_LEAST).add("in excess of", AgeBound.AT_LEAST)
      .add("plus de", AgeBound.AT_LEAST).add("de plus de", AgeBound.AT_LEAST).add("au moins", AgeBound.AT_LEAST)
      .add("أكثر من", AgeBound.AT_LEAST).add("فوق", AgeBound.AT_LEAST).add("ما يزيد عن", AgeBound.AT_LEAST)
      .add("يزيد عن", AgeBound.AT_LEAST).add("لا يقل عن", AgeBound.AT_LEAST)
      .add("under", AgeBound.AT_MOST).add("less than", AgeBound.AT_MOST).add("younger than", AgeBound.AT_MOST)
      .add("below", AgeBound.AT_MOST).add("moins de", AgeBound.AT_MOST).add("de moins de", AgeBound.AT_MOST)
      .add("أقل من", AgeBound.AT_MOST).add("دون", AgeBound.AT_MOST);

  static final Set<String> CIRCA = folded("c", "ca", "circa", "circ", "approx", "approximately", "about", "around",
      "roughly", "vers", "environ", "env", "حوالي", "نحو", "قرابة", "تقريبا");
  static final Set<String> CENTURY_WORDS = folded("century", "centuries", "cent", "c", "siecle", "siecles", "s",
      "قرن", "قرون", "ст", "століття", "століть", "сторіччя", "век", "века", "веков", "вв");
  static final Set<String> MILLENNIUM_WORDS = folded("millennium", "millennia", "millenaire", "millenaires", "الألفية");
  static final Set<String> FILLERS = folded("of", "the", "du", "de", "des", "la", "le", "l", "d", "من", "in", "au");
  static final Set<String> RANGE_OPENERS = folded("between", "from", "entre", "de", "du", "من", "بين");
  static final Set<String> CONNECTORS = folded("to", "till", "until", "through", "a", "au", "and", "et", "or", "ou",
      "إلى", "حتى", "او", "و");
  static final Set<String> DISJUNCTIONS = folded("or", "ou", "أو");
  static final Set<String> AGE_UNITS = folded("year", "years", "yr", "yrs", "an", "ans", "annee", "annees",
      "سنة", "سنوات", "سنين", "عام", "أعوام", "عاما");
  static final Set<String> AGE_AFTER = folded("old", "age", "d", "of", "vieux", "vieille");
  static final Set<String> AGE_BEFORE = folded("aged", "age", "agee", "agé", "عمر", "عمره", "عمرها", "يبلغ", "بعمر");
  static final Set<String> YEAR_MARKERS = folded("dated", "date", "datee", "datant", "year", "annee", "سنة", "عام",
      "مؤرخ", "مؤرخة", "تاريخ");
  static final Set<String> DECADE_OPENERS = folded("annees", "decade");
  static final Set<String> ARABIC_TEENS = folded("عشر", "عشرة");
  static final String ARABIC_TWENTY = TextNormalizer.normalize("عشرين");
  static final Map<String, Integer> ORDINAL_WORDS = ordinalWords();
  static final Map<String, Integer> TENS_BEFORE_ORDINAL = Map.of("twenty", 20, "dix", 10);
  private static final Set<String> STARTERS = starters();
  static final String ROMAN_LETTERS = "ivx";

  private PeriodLexicon() {}

  /**
   * Whether a date statement can begin with this token; most words of a description cannot, and
   * skipping them keeps a scan to a few hash look-ups per word.
   */
  static boolean mayStartPeriod(String token) {
    char first = token.charAt(0);
    return (first >= '0' && first <= '9')
        || ROMAN_LETTERS.indexOf(first) >= 0
        || STARTERS.contains(token)
        || QUALIFIERS.startsPhrase(token)
        || AGE_BOUNDS.startsPhrase(token)
        || ERAS.startsPhrase(token)
        || NamedPeriods.INDEX.startsPhrase(token);
  }

  /** Whether this word belongs to a date statement ("xix", "century", "1850s", "end", "bc"), not to a title. */
  static boolean isPeriodWord(String token) {
    return token.chars().anyMatch(Character::isDigit)
        || ROMAN_ORDINAL.matcher(token).matches()
        || STARTERS.contains(token)
        || QUALIFIERS.startsPhrase(token)
        || AGE_BOUNDS.startsPhrase(token)
        || ERAS.startsPhrase(token);
  }

  private static Set<String> starters() {
    Set<String> starters = new HashSet<>();
    for (Set<String> words : List.of(CIRCA, CENTURY_WORDS, MILLENNIUM_WORDS, RANGE_OPENERS, AGE_BEFORE, YEAR_MARKERS,
        DECADE_OPENERS, ORDINAL_WORDS.keySet(), TENS_BEFORE_ORDINAL.keySet())) {
      starters.addAll(words);
    }
    return Set.copyOf(starters);
  }

  private static Set<String> folded(String... words) {
    Set<String> set = new HashSet<>();
    for (String word : words) {
      set.add(TextNormalizer.normalize(word));
    }
    return Set.copyOf(set);
  }

  private static Map<String, Integer> ordinalWords() {
    String[][] byValue = {
      {"first", "premier", "premiere", "أول", "الأولى", "أولى"},
      {"second", "deuxieme", "seconde", "ثاني", "ثانية"},
      {"third", "troisieme", "ثالث", "ثالثة"},
      {"fourth", "quatrieme", "رابع", "رابعة"},
      {"fifth", "cinquieme", "خامس", "خامسة"},
      {"sixth", "sixieme", "سادس", "سادسة"},
      {"seventh", "septieme", "سابع", "سابعة"},
      {"eighth", "huitieme", "ثامن", "ثامنة"},
      {"ninth", "neuvieme", "تاسع", "تاسعة"},
      {"tenth", "dixieme", "عاشر", "عاشرة"},
      {"eleventh", "onzieme"},
      {"twelfth", "douzieme"},
      {"thirteenth", "treizieme"},
      {"fourteenth", "quatorzieme"},
      {"fifteenth", "quinzieme"},
      {"sixteenth", "seizieme"},
      {"seventeenth"},
      {"eighteenth"},
      {"nineteenth"},
      {"twentieth", "vingtieme", "عشرين"},
    };
    Map<String, Integer> words = new HashMap<>();
    for (int i = 0; i < byValue.length; i++) {
      for (String word : byValue[i]) {
        words.put(TextNormalizer.normalize(word), i + 1);
      }
    }
    // حادي is 1 in compounds (الحادي عشر = 11th, الحادي والعشرين = 21st)
    words.put(TextNormalizer.normalize("حادي"), 1);
    words.put(TextNormalizer.normalize("حادية"), 1);
    return Map.copyOf(words);
  }

  /** Value of a Roman numeral of letters i, v, x, l; 0 if malformed. */
  static int romanValue(String numeral) {
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int value = switch (numeral.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        default -> 0;
      };
      if (value == 0) {
        return 0;
      }
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }
}
