package org.heritagesentinel.screening.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
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

  @Test
  void shouldKeyADeclaredItemAsItsFullFeaturesDo() {
    // Given items with references in marks, description and documents, concepts in several languages, and nothing
    DocumentReference certificate = DocumentReference.newBuilder()
        .setType(DocumentType.PROVENANCE_RECORD).setReference("2019 / 1234").build();
    List<DeclarationItem> items = List.of(
        item("Ceramic tile samples", "N° 2019-1234"),
        item("Bronze coin of Hadrian, 2nd century AD, 25 mm, inv. KM-4471-B", "lot 77"),
        item("لوح مسماري من الطين", null),
        item("Tablette cunéiforme en argile", null),
        DeclarationItem.newBuilder(item("Antiquity", null)).setDocuments(List.of(certificate)).build(),
        item("", null));
    ObjectMatcher matcher = new ObjectMatcher();

    // Then the keys read from references and concepts alone are the keys of the whole features, in the same order
    for (DeclarationItem declared : items) {
      assertThat(ObjectBlockingKeys.keys(declared)).as(declared.getDescription())
          .containsExactlyElementsOf(ObjectBlockingKeys.keys(matcher.features(declared)));
    }
    assertThat(ObjectBlockingKeys.keys(items.get(1))).contains("C:COIN", "M:BRONZE");
  }
}
