package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods as real registers of the region write them (issue 22), each form next to the nearest form that must read
 * differently. Years are astronomical (0 = 1 BC).
 */
class RegisterPeriodsSpec {

  private final PeriodParser parser = new PeriodParser(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "\"{0}\" → {1}..{2}")
  @DisplayName("should read register forms and tell each from its nearest neighbour")
  @CsvSource(delimiter = ';', value = {
    // Cyrillic Х and І for Latin X and I; a Latin numeral beside them
    "ХІХ century; 1800; 1900",
    "XIX century; 1800; 1900",
    "ХІХ ст.; 1800; 1900",
    "ХVІІІ ст.; 1700; 1800",
    "Х century; 900; 1000",
    "ХІ century; 1000; 1100",
    // any dash between numerals or years
    "III - IV century AD; 200; 400",
    "III – IV century AD; 200; 400",
    "III — IV century AD; 200; 400",
    "1850‒1900; 1850; 1900",
    "1850—1900; 1850; 1900",
    // halves, ends, thirds and quarters
    "second half of the XIX century; 1850; 1900",
    "2nd half XIX c.; 1850; 1900",
    "first half of the XIX century; 1800; 1850",
    "end of the XIX century; 1865; 1900",
    "кінець ХІХ ст.; 1865; 1900",
    "last third of the XIX century; 1866; 1900",
    "first third of the XIX century; 1800; 1834",
    "first quarter of the XX century; 1900; 1925",
    "last quarter of the XX century; 1975; 2000",
    "друга половина ХІХ ст.; 1850; 1900",
    // spans across the era
    "I century BC – I century AD; -99; 100",
    "200 BC – 100 AD; -199; 100",
    "I ст. до н.е. – I ст. н.е.; -99; 100",
    "V century BC; -499; -399",
    "V ст. до н.е.; -499; -399",
    "V ст. н.е.; 400; 500",
  })
  void shouldReadRegisterForms(String text, int earliest, int latest) {
    assertThat(parser.parse(text)).contains(new YearRange(earliest, latest));
  }

  @ParameterizedTest(name = "\"{0}\" is no period")
  @DisplayName("should leave Cyrillic words that look like numerals alone")
  @CsvSource(delimiter = ';', value = {
    "в музеї",
    "с. Петрівка",
    "ікона",
  })
  void shouldNotReadCyrillicWordsAsNumerals(String text) {
    assertThat(parser.parse(text)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @DisplayName("should turn homoglyph numerals into Latin ones, and nothing else")
  @CsvSource(delimiter = ';', value = {
    "ХІХ ст.; XIX ст.",
    "ІІІ – ІV ст.; III – IV ст.",
    "в ХІХ ст.; в XIX ст.",
    "В ХVІІІ ст.; В XVIII ст.",
    "Х ст.; X ст.",
    "Харків; Харків",
    "ХІХст; ХІХст",
  })
  void shouldReplaceOnlyNumeralWords(String text, String latin) {
    assertThat(RomanHomoglyphs.latin(text)).isEqualTo(latin);
  }
}
