package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.junit.jupiter.api.Test;

/**
 * Titles and makers as real registers list them (issue 22): a title that agrees raises an identification, the maker
 * alone under a title of its own does not. Each case stands next to the nearest case that must be told apart.
 * (Names and titles here are made up.)
 */
class ObjectTitlesAndMakersSpec {

  private static final double THRESHOLD = 0.60;
  private final ObjectMatcher matcher = new ObjectMatcher();

  private static DeclarationItem declared(String description, String period) {
    return DeclarationItem.newBuilder().setItemNumber(1).setHsCode("970110").setDescription(description)
        .setDeclaredPeriod(period).build();
  }

  private static ObjectDescription painting(String title, String maker, String period) {
    return ObjectDescription.newBuilder().setObjectType("painting").setTitle(title).setMaker(maker).setPeriod(period)
        .setReferenceNumbers(List.of("UA-0001")).build();
  }

  private ObjectMatch match(DeclarationItem item, ObjectDescription listed) {
    return matcher.match(item, listed);
  }

  @Test
  void shouldIdentifyACatalogueDescriptionOfTheListedWork() {
    ObjectMatch same = match(declared("Oil painting: Harbour at dawn, by Ivan Petrenko", "1965"),
        painting("Harbour at dawn", "Ivan Petrenko", "1965"));

    assertThat(same.score()).isGreaterThan(0.9);
    assertThat(same.explanation()).contains("maker+title").doesNotContain(ObjectMatcher.SAME_MAKER_DIFFERENT_TITLE);
  }

  @Test
  void shouldScoreAnotherWorkOfTheListedMakerBelowTheThresholdAndSaySo() {
    ObjectMatch other = match(declared("Oil painting: Harbour at dawn, by Ivan Petrenko", "1965"),
        painting("Portrait of a fisherman", "Ivan Petrenko", "1965"));

    assertThat(other.score()).isLessThan(THRESHOLD).isEqualTo(ObjectScoringTable.defaults().sameMakerCap());
    assertThat(other.explanation()).contains(ObjectMatcher.SAME_MAKER_DIFFERENT_TITLE).contains("disagree on title");
  }

  @Test
  void shouldNotCallItADifferentTitleWhenTheDeclarationStatesNoTitleAtAll() {
    // "oil painting, Petrenko, 1965": no words of its own beyond type, maker and period — silent, not contradicting
    ObjectMatch silent = match(declared("oil painting Petrenko", "1965"), painting("Portrait of a fisherman", "Ivan Petrenko", "1965"));

    assertThat(silent.explanation()).doesNotContain("title");
    assertThat(silent.score()).isGreaterThan(ObjectScoringTable.defaults().sameMakerCap());
  }

  @Test
  void shouldFindATradeParaphraseWithTheMakersFamilyNameOnly() {
    ObjectMatch paraphrase = match(declared("oil painting harbour dawn Petrenko", "c. 1965"),
        painting("Harbour at dawn", "Ivan Petrenko", "1965"));

    assertThat(paraphrase.score()).isGreaterThan(0.9);
    assertThat(paraphrase.evidence()).anySatisfy(e -> assertThat(e.method()).contains("person name"));
  }

  @Test
  void shouldCompareTheMakerAsAPersonNameAcrossScriptsAndOrder() {
    ObjectDescription cyrillic = painting("Harbour at dawn", "Петренко, Іван", "1965");

    ObjectMatch match = match(declared("oil painting harbour dawn Petrenko", "1965"), cyrillic);

    assertThat(match.explanation()).contains("maker");
    // nearest case: another family name in the same place is no maker agreement
    assertThat(match(declared("oil painting harbour dawn Pavlenko", "1965"), cyrillic).explanation())
        .doesNotContain("maker");
  }

  @Test
  void shouldAcceptTheTitleInAnyLanguageTheListingGives() {
    ObjectDescription icon = ObjectDescription.newBuilder().setObjectType("icon").setTitle("Saint Nicholas / Святий Миколай")
        .setPeriod("XIX century").build();

    ObjectMatch ukrainian = match(declared("icon Святий Миколай", "ХІХ ст."), icon);
    ObjectMatch english = match(declared("icon of Saint Nicholas", "19th century"), icon);

    assertThat(ukrainian.score()).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(english.score()).isGreaterThanOrEqualTo(THRESHOLD);
    // nearest case: another saint is a title of its own
    assertThat(match(declared("icon Saint Barbara", "19th century"), icon).score()).isLessThan(THRESHOLD);
  }

  @Test
  void shouldLowerAnotherObjectOfTheSameTypeWhoseTitleDisagrees() {
    ObjectMatch other = match(declared("oil painting harbour dawn Petrenko", "c. 1965"),
        painting("Still life with lemons", "Olena Bondar", "1962"));

    assertThat(other.score()).isLessThan(THRESHOLD);
    assertThat(other.explanation()).contains("disagree on title").doesNotContain(ObjectMatcher.SAME_MAKER_DIFFERENT_TITLE);
  }
}
