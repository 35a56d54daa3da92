package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Dimensions;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.ObjectDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectMatcherSpec {

  private final ObjectMatcher matcher = new ObjectMatcher();

  private static DeclarationItem.Builder item(String description) {
    return DeclarationItem.newBuilder().setItemNumber(1).setHsCode("970510").setDescription(description);
  }

  private static Dimensions size(Double height, Double width) {
    return Dimensions.newBuilder().setHeightCm(height).setWidthCm(width).build();
  }

  /** A stolen cuneiform tablet as INTERPOL would list it. */
  private static ObjectDescription.Builder stolenTablet() {
    return ObjectDescription.newBuilder()
        .setObjectType("clay tablet, cuneiform")
        .setMaterials(List.of("clay"))
        .setPeriod("Old Babylonian")
        .setMeasurements(size(8.2, 5.1))
        .setReferenceNumbers(List.of("INTERPOL 2019/1234"));
  }

  /** A listed silver tetradrachm with weight, diameter and legend. */
  private static ObjectDescription listedCoin() {
    return ObjectDescription.newBuilder()
        .setObjectType("coin, tetradrachm")
        .setMaterials(List.of("silver"))
        .setPeriod("Hellenistic")
        .setMeasurements(Dimensions.newBuilder().setDiameterCm(2.6).setWeightKg(0.0171).build())
        .setInscriptions("BASILEOS ALEXANDROU")
        .setReferenceNumbers(List.of("IM 45678"))
        .build();
  }

  @Test
  void shouldHitExactlyOnAReferenceNumberWrittenDifferentlyInTheMarks() {
    // Given
    DeclarationItem declared = item("Ceramic tile sample").setMarks("Inv. no. 2019-1234").build();

    // When
    ObjectMatch match = matcher.match(declared, stolenTablet().build());

    // Then
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.explanation()).contains("reference INTERPOL 2019/1234");
    assertThat(match.evidence()).singleElement().satisfies(evidence -> {
      assertThat(evidence.field()).isEqualTo("marks");
      assertThat(evidence.listed()).isEqualTo("INTERPOL 2019/1234");
    });
  }

  @Test
  void shouldFindAReferenceNumberInTheDocuments() {
    // Given
    DocumentReference certificate = DocumentReference.newBuilder()
        .setType(DocumentType.PROVENANCE_RECORD).setReference("2019 / 1234").build();
    DeclarationItem declared = item("Antiquity").setDocuments(List.of(certificate)).build();

    // Then
    ObjectMatch match = matcher.match(declared, stolenTablet().build());
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.evidence().get(0).field()).isEqualTo("documents[0].reference");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019/12345", "12019/1234", "2019/1235", "1234"})
  void shouldNotHitOnAReferenceNumberThatOnlyLooksAlike(String marks) {
    // Given
    DeclarationItem declared = item("Sample").setMarks(marks).build();

    // Then
    assertThat(matcher.match(declared, stolenTablet().build()).score()).isLessThan(1.0);
  }

  @Test
  void shouldMatchADescriptionWithMeasurementsStrongly() {
    // Given the item names type, material and size, the listed object has them in its fields
    DeclarationItem declared = item("Cuneiform clay tablet 8x5 cm").build();

    // When
    ObjectMatch match = matcher.match(declared, stolenTablet().build());

    // Then
    assertThat(match.score()).isGreaterThan(0.7);
    assertThat(match.explanation())
        .startsWith("item 1 'Cuneiform clay tablet 8x5 cm' ~ INTERPOL 2019/1234 'clay tablet, cuneiform, clay, Old Babylonian, 8.2 × 5.1 cm'")
        .contains("type+material+measurements");
    assertThat(match.evidence()).extracting(MatchEvidence::method)
        .anySatisfy(method -> assertThat(method).contains("TABLET"))
        .anySatisfy(method -> assertThat(method).startsWith("sizes within"));
  }

  @Test
  void shouldScoreHigherWhenTheDeclaredPeriodAgreesToo() {
    // Given
    DeclarationItem withoutPeriod = item("Cuneiform clay tablet 8x5 cm").build();
    DeclarationItem withPeriod = item("Cuneiform clay tablet 8x5 cm").setDeclaredPeriod("Old Babylonian").build();

    // When
    double base = matcher.match(withoutPeriod, stolenTablet().build()).score();
    ObjectMatch dated = matcher.match(withPeriod, stolenTablet().build());

    // Then
    assertThat(dated.score()).isGreaterThan(base);
    assertThat(dated.explanation()).contains("period");
  }

  @Test
  void shouldMatchAnArabicDeclarationAgainstAnEnglishListing() {
    // Given
    DeclarationItem declared = item("مخطوطة قرآنية عثمانية على رق ٣٠ × ٢٠ سم").build();
    ObjectDescription listed = ObjectDescription.newBuilder()
        .setObjectType("Quran manuscript").setMaterials(List.of("parchment")).setPeriod("Ottoman, 18th century")
        .setMeasurements(size(30.5, 21.0)).build();

    // When
    ObjectMatch match = matcher.match(declared, listed);

    // Then
    assertThat(match.score()).isGreaterThan(0.7);
    assertThat(match.explanation()).contains("type+material+measurements");
  }

  @Test
  void shouldKeepAGenericDescriptionBelowTheGenericCap() {
    // Given a description that fits thousands of listed coins
    DeclarationItem declared = item("Silver coin").build();

    // When
    ObjectMatch match = matcher.match(declared, listedCoin());

    // Then
    assertThat(match.score()).isPositive().isLessThanOrEqualTo(ObjectScoringTable.defaults().genericCap());
    assertThat(match.explanation()).contains("type+material");
  }

  @Test
  void shouldRiseAboveTheCapOnlyWithSpecificEvidence() {
    // Given
    double generic = matcher.match(item("Silver coin").build(), listedCoin()).score();

    // When the declarant also gives the diameter and weight, then the legend
    double sized = matcher.match(item("Silver coin, 26 mm, 17 g").build(), listedCoin()).score();
    double inscribed = matcher.match(item("Silver coin, legend BASILEOS ALEXANDROU, 26 mm, 17 g").build(), listedCoin()).score();

    // Then
    assertThat(sized).isGreaterThan(ObjectScoringTable.defaults().genericCap()).isGreaterThan(generic);
    assertThat(inscribed).isGreaterThan(sized);
  }

  @Test
  void shouldNotTrustOneSpecificAgreementWithoutAnObjectType() {
    // Given items that name no object type, each agreeing on one specific point only
    DeclarationItem legendOnly = item("Souvenir, text BASILEOS ALEXANDROU").build();
    DeclarationItem sizesOnly = item("Silver object, 26 mm, 17 g").build();

    // Then
    assertThat(matcher.match(legendOnly, listedCoin()).score()).isEqualTo(ObjectScoringTable.defaults().genericCap());
    assertThat(matcher.match(sizesOnly, listedCoin()).score()).isEqualTo(ObjectScoringTable.defaults().genericCap());
  }

  @Test
  void shouldLowerTheScoreWhenSizesDisagree() {
    // Given a tablet four times as large as the listed one
    DeclarationItem declared = item("Cuneiform clay tablet 30x20 cm").build();

    // When
    ObjectMatch match = matcher.match(declared, stolenTablet().build());

    // Then
    assertThat(match.score()).isLessThan(matcher.match(item("Cuneiform clay tablet").build(), stolenTablet().build()).score());
    assertThat(match.explanation()).contains("disagree on measurements");
  }

  @Test
  void shouldScoreUnrelatedObjectsLow() {
    // Given
    DeclarationItem declared = item("Marble statue of a woman, 60 cm").build();

    // Then
    ObjectMatch match = matcher.match(declared, stolenTablet().build());
    assertThat(match.score()).isLessThan(0.1);
    assertThat(match.explanation()).contains("disagree on type");
  }

  @Test
  void shouldNotLetACoverTermHideTheSizesButKeepTheScoreForReview() {
    // Given the documented case: tablets declared as ceramic tile samples
    DeclarationItem declared = item("Ceramic tiles (sample) 8 x 5 cm").setHsCode("690790").build();

    // When
    ObjectMatch match = matcher.match(declared, stolenTablet().setReferenceNumbers(List.of()).build());

    // Then the sizes and the clay are seen, but two kinds of object disagree: a review, not a hit
    assertThat(match.evidence()).extracting(MatchEvidence::field).contains("description");
    assertThat(match.explanation()).contains("material+measurements");
    assertThat(match.score()).isPositive().isLessThanOrEqualTo(ObjectScoringTable.defaults().genericCap());
  }

  @Test
  void shouldMatchInscriptionWords() {
    // Given
    ObjectDescription listed = ObjectDescription.newBuilder()
        .setObjectType("clay cylinder").setMaterials(List.of("clay"))
        .setInscriptions("Nebuchadnezzar, king of Babylon, son of Nabopolassar").build();
    DeclarationItem declared = item("Clay cylinder, inscribed: Nebuchadnezzar king of Babylon").build();

    // When
    ObjectMatch match = matcher.match(declared, listed);

    // Then
    assertThat(match.explanation()).contains("inscriptions");
    assertThat(match.evidence()).extracting(MatchEvidence::declared).contains("nebuchadnezzar king babylon");
  }

  @Test
  void shouldNeverThrowOnNullsOrGarbage() {
    // Given records with nothing set, and nonsense values
    DeclarationItem empty = new DeclarationItem();
    ObjectDescription nothing = new ObjectDescription();
    DeclarationItem garbage = item("\u0000 ;;; x × × cm 99999999999 ﷽ ـــ").setMarks("---")
        .setDimensions(Dimensions.newBuilder().setHeightCm(Double.NaN).setWidthCm(-3.0).setWeightKg(0.0).build())
        .setDeclaredPeriod("XIXXXe siècle av. hégire 0 AH").build();

    // Then
    assertThatCode(() -> {
      assertThat(matcher.match(empty, nothing).score()).isZero();
      assertThat(matcher.match(garbage, stolenTablet().build()).score()).isBetween(0.0, 1.0);
      assertThat(matcher.match(empty, stolenTablet().build()).explanation()).contains("no agreement");
      ObjectBlockingKeys.keys(empty);
      ObjectBlockingKeys.keys(nothing);
    }).doesNotThrowAnyException();
  }

  @Test
  void shouldConvertEvidenceToTheAlertContract() {
    // Given
    MatchEvidence evidence = new MatchEvidence("marks", "Inv. 2019-1234", "INTERPOL 2019/1234", "exact");

    // When
    Evidence avro = evidence.toAvro("items[0]");

    // Then
    assertThat(avro.getField()).isEqualTo("items[0].marks");
    assertThat(avro.getListedValue()).isEqualTo("INTERPOL 2019/1234");
  }

  @Test
  void shouldNameItsVersion() {
    assertThat(ObjectMatcher.version()).isEqualTo("object-matcher/2.0");
  }
}
