package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.screening.object.ObjectFeatures.Concepts;

/**
 * Keys of an inverted index from which candidate listed objects are looked up for a declared
 * item; {@link ObjectMatcher} then scores each candidate. The same keys come out of both sides,
 * most selective first:
 * <ul>
 *   <li>{@code REF:<normalised reference>} — exact reference numbers; about one entry per key.
 *       A declared item yields a key for every run of up to four pieces of its marks, description
 *       and document references that could be a reference, so most of its REF keys find nothing.</li>
 *   <li>{@code CM:<TYPE>:<MATERIAL>} — type and material; tens to hundreds of entries in a list of
 *       INTERPOL's size (COIN:SILVER is the largest: coins are half of all seized items).</li>
 *   <li>{@code C:<TYPE>} — type only, for items that name no material; hundreds to thousands.</li>
 *   <li>{@code M:<MATERIAL>} — material only, for items that hide their type behind a cover term
 *       ("ceramic samples"); as coarse as C keys.</li>
 * </ul>
 * An index should query the keys in this order and stop widening, or cap the candidates, once a
 * selective key has answered. Broader concepts are included (an AMPHORA also keys as VASE), so
 * keys favour recall.
 */
public final class ObjectBlockingKeys {

  public static final String REFERENCE = "REF:";
  public static final String TYPE_AND_MATERIAL = "CM:";
  public static final String TYPE = "C:";
  public static final String MATERIAL = "M:";

  private static final ObjectAnalyzer STANDARD = new ObjectAnalyzer(ConceptExtractor.standard(), PeriodParser.standard());

  private ObjectBlockingKeys() {}

  public static List<String> keys(ObjectDescription listed) {
    return keys(STANDARD.listed(listed));
  }

  /**
   * The keys of a declared item, from its references and concepts alone: its period, sizes and words (most of the
   * cost of its {@link ObjectMatcher#features}) make no key. Every declaration's items are keyed for retro-screening.
   */
  public static List<String> keys(DeclarationItem item) {
    return keys(STANDARD.declaredReferences(item).keySet(), STANDARD.declaredConcepts(item));
  }

  /** Keys of already extracted features (see {@link ObjectMatcher#features}). */
  public static List<String> keys(ObjectFeatures features) {
    return keys(features.references.keySet(), features.concepts);
  }

  private static List<String> keys(Set<String> references, Concepts concepts) {
    List<String> keys = new ArrayList<>();
    for (String reference : references) {
      keys.add(REFERENCE + reference);
    }
    for (String type : concepts.types()) {
      for (String material : concepts.materials()) {
        keys.add(TYPE_AND_MATERIAL + type + ":" + material);
      }
    }
    for (String type : concepts.types()) {
      keys.add(TYPE + type);
    }
    for (String material : concepts.materials()) {
      keys.add(MATERIAL + material);
    }
    return keys;
  }
}
