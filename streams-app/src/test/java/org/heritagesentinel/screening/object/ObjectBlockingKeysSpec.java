package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.junit.jupiter.api.Test;

class ObjectBlockingKeysSpec {

  private static final ObjectDescription TABLET = ObjectDescription.newBuilder()
      .setObjectType("cuneiform tablet")
      .setMaterials(List.of("clay"))
      .setReferenceNumbers(List.of("INTERPOL 2019/1234", "A-12"))
      .build();

  private static DeclarationItem item(String description, String marks) {
    return DeclarationItem.newBuilder().setItemNumber(1).setHsCode("690790").setDescription(description).setMarks(marks).build();
  }

  @Test
  void shouldKeyAListedObjectFromTheMostSelectiveKeyToTheCoarsest() {
    // When
    List<String> keys = ObjectBlockingKeys.keys(TABLET);

    // Then the too-short "A-12" yields no reference key
    assertThat(keys).containsExactly("REF:20191234", "CM:TABLET:CLAY", "C:TABLET", "M:CLAY");
  }

  @Test
  void shouldShareTheReferenceKeyWithAnItemThatWritesTheNumberDifferently() {
    // When
    List<String> keys = ObjectBlockingKeys.keys(item("Ceramic tile samples", "N° 2019-1234"));

    // Then
    assertThat(keys).contains("REF:20191234").doesNotContain("C:TABLET");
  }

  @Test
  void shouldShareConceptKeysAcrossLanguages() {
    // When
    List<String> arabic = ObjectBlockingKeys.keys(item("لوح مسماري من الطين", null));
    List<String> french = ObjectBlockingKeys.keys(item("Tablette cunéiforme en argile", null));

    // Then
    assertThat(arabic).contains("CM:TABLET:CLAY").containsAnyElementsOf(ObjectBlockingKeys.keys(TABLET));
    assertThat(french).contains("CM:TABLET:CLAY");
  }

  @Test
  void shouldStillOfferAMaterialKeyWhenACoverTermHidesTheType() {
    // When
    List<String> keys = ObjectBlockingKeys.keys(item("Ceramic samples", null));

    // Then
    assertThat(keys).contains("M:CLAY").noneMatch(key -> key.startsWith(ObjectBlockingKeys.TYPE));
  }
}
