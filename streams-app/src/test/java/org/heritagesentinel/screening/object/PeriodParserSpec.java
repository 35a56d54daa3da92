package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Years are astronomical: -299 is 300 BC. The clock is fixed on 1 June 2025 so that ages
 * ("300 years old", "antique") have known answers.
 */
class PeriodParserSpec {

  private static final int NOW = 2025;
  private static final int OPEN = YearRange.OPEN_PAST;
  private final PeriodParser parser =
      new PeriodParser(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "\"{0}\" → {1}..{2}")
  @DisplayName("should read centuries in English, French and Arabic, boundary years included")
  @CsvSource(delimiter = ';', value = {
    "3rd c. BC; -299; -199",
    "3rd century BCE; -299; -199",
    "third century B.C.; -299; -199",
    "IIIe siècle av. J.-C.; -299; -199",
    "3e s. av. J.-C.; -299; -199",
    "19th century; 1800; 1900",
    "19th c.; 1800; 1900",
    "XIXe siècle; 1800; 1900",
    "XIXème siècle; 1800; 1900",
    "XIX century; 1800; 1900",
    "nineteenth century; 1800; 1900",
    "dix-neuvième siècle; 1800; 1900",
    "1st century AD; 1; 100",
    "Ier siècle; 1; 100",
    "1st century BC; -99; 0",
    "twenty-first century; 2000; 2100",
    "القرن التاسع عشر; 1800; 1900",
    "القرن الثالث قبل الميلاد; -299; -199",
    "القرن الحادي عشر; 1000; 1100",
    "القرن 19; 1800; 1900",
    "القرن الثالث ق.م; -299; -199",
    "18th-19th century; 1700; 1900",
    "3rd-2nd century BC; -299; -99",
    "XVIIe-XVIIIe siècles; 1600; 1800",
    "2nd millennium BC; -1999; -999",
  })
  void shouldReadCenturies(String text, int earliest, int latest) {
    // When
    Optional<YearRange> range = parser.parse(text);

    // Then
    assertThat(range).contains(new YearRange(earliest, latest));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}..{2}")
  @DisplayName("should take early/mid/late as thirds and halves as halves of the period")
  @CsvSource(delimiter = ';', value = {
    "early 18th century; 1700; 1735",
    "mid-19th century; 1830; 1870",
    "late 18th century; 1765; 1800",
    "first half of the 19th century; 1800; 1850",
    "second half of the 19th century; 1850; 1900",
    "début du XIXe siècle; 1800; 1835",
    "fin du XVIIIe siècle; 1765; 1800",
    "أواخر القرن التاسع عشر; 1865; 1900",
    "late 18th-early 19th century; 1765; 1835",
    "early 3rd century BC; -299; -264",
  })
  void shouldApplyQualifiers(String text, int earliest, int latest) {
    assertThat(parser.parse(text)).contains(new YearRange(earliest, latest));
  }

  @ParameterizedTest(name = "\"{0}\" covers {1}, not {2}")
  @DisplayName("should know named periods, dynasties and cultures in three languages")
  @CsvSource(delimiter = ';', value = {
    "Ottoman; 1800; 1200",
    "ottomane; 1800; 1200",
    "عثماني; 1800; 1200",
    "الفترة العثمانية; 1800; 1200",
    "Byzantine; 600; 200",
    "byzantin; 600; 200",
    "Roman; 100; 700",
    "روماني; 100; 700",
    "romaine; 100; 700",
    "Hellenistic; -199; -400",
    "hellénistique; -199; -400",
    "Sassanid; 500; 100",
    "ساساني; 500; 100",
    "Abbasid; 900; 700",
    "عباسي; 900; 700",
    "Umayyad; 700; 800",
    "omeyyade; 700; 800",
    "Fatimid; 1000; 1200",
    "Mamluk; 1400; 1200",
    "المماليك; 1400; 1200",
    "Achaemenid; -499; -700",
    "Neo-Assyrian; -699; -1000",
    "néo-assyrien; -699; -1000",
    "Old Babylonian; -1749; -1000",
    "paléo-babylonien; -1749; -1000",
    "Sumerian; -2499; -1500",
    "سومري; -2499; -1500",
    "Ptolemaic; -99; 100",
    "Pharaonic; -1999; 100",
    "فرعوني; -1999; 100",
    "New Kingdom; -1299; -800",
    "nouvel empire; -1299; -800",
    "Nabataean; 1; 300",
    "نبطي; 1; 300",
    "Islamic; 1200; 500",
    "إسلامي; 1200; 500",
    "Bronze Age; -1999; -800",
    "âge du bronze; -1999; -800",
    "العصر البرونزي; -1999; -800",
    "Iron Age; -899; -1500",
    "âge du fer; -899; -1500",
    "Neolithic; -6999; -1000",
    "néolithique; -6999; -1000",
    "Ming; 1500; 1700",
    "Ming dynasty; 1500; 1700",
    "Qing; 1800; 1600",
    "Khmer; 1100; 700",
    "Angkor; 1100; 700",
    "pre-Columbian; 1000; 1600",
    "précolombien; 1000; 1600",
    "Inca; 1500; 1300",
    "Maya; 700; 1800",
  })
  void shouldKnowNamedPeriods(String text, int inside, int outside) {
    // When
    YearRange range = parser.parse(text).orElseThrow();

    // Then
    assertThat(range.overlaps(YearRange.of(inside))).as("%s covers %d", range, inside).isTrue();
    assertThat(range.overlaps(YearRange.of(outside))).as("%s excludes %d", range, outside).isFalse();
  }

  @Test
  void shouldPreferTheConventionalSubPeriodOverAGeneratedThird() {
    assertThat(parser.parse("late Roman")).contains(new YearRange(284, 476));
    assertThat(parser.parse("Roman")).contains(new YearRange(-508, 476));
  }

  @Test
  void shouldQualifyNamedPeriodsWithoutAConventionalSubPeriod() {
    // Given Ottoman = 1299..1922, the last ~third starts 65% in
    int start = 1299 + Math.round(0.65f * (1922 - 1299));

    assertThat(parser.parse("late Ottoman")).contains(new YearRange(start, 1922));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}..{2}")
  @DisplayName("should read years, ranges, circa and Hijri years")
  @CsvSource(delimiter = ';', value = {
    "1850; 1850; 1850",
    "1850-1900; 1850; 1900",
    "1850 – 1900; 1850; 1900",
    "1850 to 1900; 1850; 1900",
    "de 1850 à 1900; 1850; 1900",
    "1850-60; 1850; 1860",
    "circa 1900; 1890; 1910",
    "c. 1900; 1890; 1910",
    "vers 1900; 1890; 1910",
    "حوالي 1900; 1890; 1910",
    "ca. 200 BC; -255; -143",
    "200 BC; -199; -199",
    "200-100 BC; -199; -99",
    "between 300 BC and AD 100; -299; 100",
    "AD 476; 476; 476",
    "1250 AH; 1834; 1835",
    "1250 A.H.; 1834; 1835",
    "1250 هـ; 1834; 1835",
    "١٢٥٠ هـ; 1834; 1835",
    "سنة 1250 هجرية; 1834; 1835",
    "1445 AH; 2023; 2024",
    "AH 1250; 1834; 1835",
    "1850 م; 1850; 1850",
    "القرن الثالث عشر الهجري; 1786; 1883",
  })
  void shouldReadYears(String text, int earliest, int latest) {
    assertThat(parser.parse(text)).contains(new YearRange(earliest, latest));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}..{2}")
  @DisplayName("should read decades, and a round hundred as its century")
  @CsvSource(delimiter = ';', value = {
    "1920s; 1920; 1929",
    "1920's; 1920; 1929",
    "années 1920; 1920; 1929",
    "the 1800s; 1800; 1899",
  })
  void shouldReadDecades(String text, int earliest, int latest) {
    assertThat(parser.parse(text)).contains(new YearRange(earliest, latest));
  }

  @ParameterizedTest(name = "\"{0}\" → made {1}..{2}")
  @DisplayName("should read ages relative to today (2025)")
  @CsvSource(delimiter = ';', value = {
    "300 years old; 1695; 1755",
    "about 300 years old; 1695; 1755",
    "300 years; 1695; 1755",
    "less than 50 years old; 1975; 2025",
    "moins de 50 ans; 1975; 2025",
  })
  void shouldReadApproximateAndUpperBoundedAges(String text, int earliest, int latest) {
    assertThat(parser.parse(text)).contains(new YearRange(earliest, latest));
  }

  @ParameterizedTest(name = "\"{0}\" → made by {1}")
  @DisplayName("should read lower bounds on age as ranges without a start")
  @CsvSource(delimiter = ';', value = {
    "over 100 years; 1925",
    "more than 100 years old; 1925",
    "100+ years; 1925",
    "plus de 100 ans; 1925",
    "عمرها أكثر من 300 سنة; 1725",
    "antique; 1925",
    "antiquités; 1925",
    "Antique Roman; 476",
  })
  void shouldReadMinimumAges(String text, int latest) {
    // When
    YearRange range = parser.parse(text).orElseThrow();

    // Then
    assertThat(range.latest()).isEqualTo(latest);
    assertThat(range.hasOpenStart()).isEqualTo(!text.contains("Roman"));
  }

  @Test
  void shouldIntersectAgreeingStatementsAndUniteAlternatives() {
    assertThat(parser.parse("Ottoman, 19th century")).contains(new YearRange(1800, 1900));
    assertThat(parser.parse("Roman or Byzantine")).contains(new YearRange(-508, 1453));
    assertThat(parser.parse("Ming, 20th century")).contains(new YearRange(1368, 2000));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "unknown", "n/a", "Samsung tablet", "2050", "0", "99999999", "---", "XIX", "late",
    "c.", "40th century", "1600 AH"})
  void shouldReturnEmptyWhenNoPeriodIsStated(String text) {
    assertThat(parser.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "description \"{0}\" → {1}..{2}")
  @DisplayName("should find only unambiguous periods in free descriptions")
  @CsvSource(delimiter = ';', value = {
    "Roman bronze coin, 21 mm; -508; 476",
    "Oil painting dated 1890; 1890; 1890",
    "مخطوطة عثمانية مؤرخة 1250 هـ; 1834; 1835",
    "Carpet, 19th century, wool; 1800; 1900",
    "Clay figurine, ca. 200 BC; -255; -143",
    "Fossil, between 1850 and 1900 collected; 1850; 1900",
  })
  void shouldFindPeriodsInDescriptions(String description, int earliest, int latest) {
    assertThat(parser.findIn(description)).contains(new YearRange(earliest, latest));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cuneiform clay tablet 8x5 cm", "Box of 1850 pieces", "Warranty 2 years",
    "Ceramic tiles 20 x 20 cm, 1200 pcs", "Invoice 2019/1234"})
  void shouldNotMistakeQuantitiesInDescriptionsForYears(String description) {
    assertThat(parser.findIn(description)).isEmpty();
  }

  @Test
  void shouldReadBareYearsInAPeriodFieldButNotInADescription() {
    assertThat(parser.parse("1850")).contains(YearRange.of(1850));
    assertThat(parser.findIn("1850")).isEmpty();
  }

  @Test
  void shouldGiveTheCalendarAgeAnObjectHasCertainlyReached() {
    // Given
    YearRange nineteenthCentury = parser.parse("19th century").orElseThrow();
    LocalDate today = LocalDate.of(NOW, 6, 1);

    // Then
    assertThat(nineteenthCentury.minAgeYears(today)).isEqualTo(NOW - 1900);
    assertThat(parser.parse("3rd c. BC").orElseThrow().minAgeYears(today)).isEqualTo(NOW + 199);
    assertThat(parser.parse("over 250 years").orElseThrow().minAgeYears(today)).isEqualTo(250);
    assertThat(YearRange.of(NOW + 5).minAgeYears(today)).isZero();
  }

  @Test
  void shouldRenderRangesForAnalysts() {
    assertThat(parser.parse("3rd c. BC").orElseThrow()).hasToString("300 BC–200 BC");
    assertThat(parser.parse("between 300 BC and AD 100").orElseThrow()).hasToString("300 BC–AD 100");
    assertThat(parser.parse("19th century").orElseThrow()).hasToString("1800–1900");
    assertThat(parser.parse("antique").orElseThrow()).hasToString("1925 or earlier");
  }

  @Test
  void shouldNeverThrowOnGarbage() {
    // Given random mixtures of period words, digits, scripts and punctuation
    String[] pieces = {"3rd", "c", ".", "BC", "AH", "هـ", "القرن", "عشر", "-", "1850", "99999", "0", "siècle", "XIX",
      "early", "late", "over", "years", "old", "+", "circa", "between", "and", "or", "1920s", "ottoman", "ت", "é", " ",
      "\u0000", "\uD83D\uDE00", "ـ", "١٢", "'s", "av. J.-C.", "millennium", "2nd", "half", "of", "the", "lxxxe", "ivx"};
    Random random = new Random(42);

    for (int run = 0; run < 5_000; run++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      String input = text.toString();

      // Then
      assertThatCode(() -> {
        parser.parse(input);
        parser.findIn(input);
      }).as(input).doesNotThrowAnyException();
    }
  }
}
