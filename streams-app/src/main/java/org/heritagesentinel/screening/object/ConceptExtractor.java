package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a goods description in English, French or Arabic into vocabulary concepts
 * ("Cuneiform clay tablet" → TABLET, CLAY; "مخطوطة عثمانية على رق" → MANUSCRIPT, PARCHMENT).
 *
 * <p>The vocabulary is the resource {@code cultural-vocabulary.tsv}: concepts of four
 * {@link ConceptKind kinds}, each with its broader concepts (a MARBLE is also STONE). Matching is
 * on folded tokens ({@link TextNormalizer}), longest term first, so "terre cuite" is one term and
 * "pièce de collection" is not a coin. Weak terms ("tablet", "seal", "mask", "pièce", "old") only
 * count when the text also holds a non-weak term, which keeps computer tablets and rubber seals out.
 *
 * <p>Thread-safe and immutable; the table is loaded once per JVM. Cost is one pass over the
 * tokens with a hash look-up each.
 */
public final class ConceptExtractor {

  private static final class Standard {
    static final ConceptExtractor INSTANCE = new ConceptExtractor(ConceptVocabulary.load());
  }

  private final ConceptVocabulary vocabulary;

  private ConceptExtractor(ConceptVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The extractor over the shipped vocabulary. */
  public static ConceptExtractor standard() {
    return Standard.INSTANCE;
  }

  /** Concepts named in the text, with their broader concepts, in order of appearance; never null. */
  public Set<String> concepts(String text) {
    List<String> tokens = TextNormalizer.tokens(text);
    List<ConceptVocabulary.Term> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      i += Math.max(1, vocabulary.longestTermsAt(tokens, i, found));
    }
    return resolve(found);
  }

  /** Concepts of one kind named in the text. */
  public Set<String> concepts(String text, ConceptKind kind) {
    Set<String> ofKind = new LinkedHashSet<>();
    for (String concept : concepts(text)) {
      if (vocabulary.kindOf(concept) == kind) {
        ofKind.add(concept);
      }
    }
    return Collections.unmodifiableSet(ofKind);
  }

  /** Kind of a concept of the vocabulary; empty for names the vocabulary does not define. */
  public Optional<ConceptKind> kindOf(String concept) {
    return Optional.ofNullable(vocabulary.kindOf(concept));
  }

  /** Every concept the vocabulary defines, e.g. to validate the keywords of a risk profile. */
  public Set<String> vocabulary() {
    return vocabulary.concepts();
  }

  private Set<String> resolve(List<ConceptVocabulary.Term> found) {
    if (found.isEmpty()) {
      return Set.of();
    }
    boolean anyStrong = false;
    for (ConceptVocabulary.Term term : found) {
      anyStrong |= !term.weak();
    }
    if (!anyStrong) {
      return Set.of();
    }
    Set<String> concepts = new LinkedHashSet<>();
    for (ConceptVocabulary.Term term : found) {
      concepts.addAll(vocabulary.withBroader(term.concept()));
    }
    return Collections.unmodifiableSet(concepts);
  }
}
