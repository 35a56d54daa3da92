package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectMeasurementsSpec {

  @ParameterizedTest(name = "{0} cm vs {1} cm agree: {2}")
  @CsvSource({
    // large objects: ±10%
    "60, 65, true",
    "60, 67, false",
    // mid-sized objects: ±2 cm
    "12, 13.9, true",
    "12, 14.5, false",
    // small objects: the absolute allowance is capped at 20%, so coins must agree to millimetres
    "2.6, 2.7, true",
    "2.6, 3.3, false",
  })
  void shouldAllowTenPercentOrTwoCentimetresButAtMostTwentyPercent(double a, double b, boolean agree) {
    assertThat(Measurements.lengthsAgree(a, b)).isEqualTo(agree);
    assertThat(Measurements.lengthsAgree(b, a)).isEqualTo(agree);
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = ';', value = {
    "Cuneiform clay tablet 8x5 cm; 8 × 5 cm",
    "tablette 8,2 × 5,1 × 2 cm; 8.2 × 5.1 × 2 cm",
    "Statue H. 30 cm, 12 kg; 30 cm, 12 kg",
    "coin 21 mm, 8.5 g; 2.1 cm, 8.5 g",
    "لوح ٨ × ٥ سم; 8 × 5 cm",
    "تمثال ارتفاع 30 سم; 30 cm",
    "vase 0.5 m; 50 cm",
  })
  void shouldReadSizesWrittenInDescriptions(String description, String expected) {
    assertThat(MeasurementParser.parse(description).describe()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = ';', value = {"2x coins", "1200 pcs", "lot 12 x 3", "dated 1850 م"})
  void shouldNotTakeNumbersWithoutUnitsForSizes(String description) {
    assertThat(MeasurementParser.parse(description).isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = ';', value = {
    "8 x 5 cm; 5.1 x 8.2 cm; 2; false",
    "8 x 5 cm; 8.2 x 5.1 x 2 cm; 2; false",
    "30 x 20 cm; 8.2 x 5.1 cm; 0; true",
    "26 mm, 17 g; 26 mm, 25 g; 0; true",
  })
  void shouldCompareSizesInAnyOrder(String declared, String listed, int agreeing, boolean conflict) {
    // When
    Measurements.Comparison comparison = MeasurementParser.parse(declared).compare(MeasurementParser.parse(listed));

    // Then
    assertThat(List.of(comparison.agreeing(), comparison.conflict())).containsExactly(agreeing, conflict);
  }
}
