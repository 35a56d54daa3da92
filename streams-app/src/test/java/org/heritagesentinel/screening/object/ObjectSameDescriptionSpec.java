package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.junit.jupiter.api.Test;

/**
 * A generic description and period stated exactly as listed ("Bronze fibula", "III–IV century AD") is a hit of its own
 * although each agreement alone is generic; loose agreement stays under the generic cap.
 */
class ObjectSameDescriptionSpec {

  private static final double THRESHOLD = 0.60;
  private final ObjectMatcher matcher = new ObjectMatcher();
  private final ObjectDescription fibula = ObjectDescription.newBuilder().setTitle("Bronze fibula")
      .setPeriod("III - IV century AD").build();

  private ObjectMatch declared(String description, String period) {
    return matcher.match(DeclarationItem.newBuilder().setItemNumber(1).setHsCode("970590").setDescription(description)
        .setDeclaredPeriod(period).build(), fibula);
  }

  @Test
  void shouldHitTheSameDescriptionAndPeriodAndSaySo() {
    ObjectMatch same = declared("Metal object: Bronze fibula", "III - IV century AD");

    assertThat(same.score()).isEqualTo(ObjectScoringTable.defaults().exactDescription()).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(same.sameDescriptionOnly()).isTrue();
    assertThat(same.explanation()).contains(ObjectMatcher.SAME_DESCRIPTION_AND_PERIOD);
  }

  @Test
  void shouldHitTheSamePeriodWrittenWithCyrillicNumeralsAndAnotherDash() {
    assertThat(declared("Metal object: Bronze fibula", "ІІІ – ІV ст. н.е.").sameDescriptionOnly()).isTrue();
  }

  @Test
  void shouldNotHitAnOverlappingButDifferentPeriod() {
    ObjectMatch overlapping = declared("Metal object: Bronze fibula", "IV century AD");

    assertThat(overlapping.score()).isLessThan(THRESHOLD);
    assertThat(overlapping.sameDescriptionOnly()).isFalse();
  }

  @Test
  void shouldNotHitWhenAWordOfTheListedNameIsMissing() {
    ObjectMatch fewerWords = declared("Metal object: fibula", "III - IV century AD");

    assertThat(fewerWords.score()).isLessThan(THRESHOLD);
    assertThat(fewerWords.explanation()).doesNotContain(ObjectMatcher.SAME_DESCRIPTION_AND_PERIOD);
  }

  @Test
  void shouldNotHitWithoutADeclaredPeriod() {
    assertThat(declared("Metal object: Bronze fibula", null).score()).isLessThan(THRESHOLD);
  }

  @Test
  void shouldNotCallItTheSameDescriptionWhenSpecificAgreementScoresHigher() {
    ObjectDescription signed = ObjectDescription.newBuilder().setObjectType("painting").setTitle("Harbour at dawn")
        .setMaker("Ivan Petrenko").setPeriod("1965").build();

    ObjectMatch match = matcher.match(DeclarationItem.newBuilder().setItemNumber(1).setHsCode("970110")
        .setDescription("Oil painting: Harbour at dawn, by Ivan Petrenko").setDeclaredPeriod("1965").build(), signed);

    assertThat(match.sameDescriptionOnly()).isFalse();
    assertThat(match.score()).isGreaterThan(ObjectScoringTable.defaults().exactDescription());
  }
}
