package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The multilingual term table of cultural objects and materials ({@value #RESOURCE}), loaded
 * once: concept kinds, broader concepts, and a {@link PhraseIndex} of the terms.
 */
final class ConceptVocabulary {

  static final String RESOURCE = "cultural-vocabulary.tsv";

  /** The concept a term names; weak terms need company (see the table header). */
  record Term(String concept, boolean weak) {}

  private final PhraseIndex<Term> terms;
  private final Map<String, ConceptKind> kinds;
  private final Map<String, List<String>> withBroader;

  private ConceptVocabulary(PhraseIndex<Term> terms, Map<String, ConceptKind> kinds, Map<String, List<String>> withBroader) {
    this.terms = terms;
    this.kinds = kinds;
    this.withBroader = withBroader;
  }

  static ConceptVocabulary load() {
    PhraseIndex<Term> terms = new PhraseIndex<>();
    Map<String, ConceptKind> kinds = new HashMap<>();
    Map<String, List<String>> broader = new HashMap<>();
    for (String[] row : ResourceTable.rows(RESOURCE, 4)) {
      String concept = row[0].strip();
      kinds.put(concept, ConceptKind.valueOf(row[1].strip()));
      broader.put(concept, splitNonBlank(row[2], ","));
      for (String raw : splitNonBlank(row[3], "\\|")) {
        boolean weak = raw.startsWith("~");
        terms.add(weak ? raw.substring(1) : raw, new Term(concept, weak));
      }
    }
    Map<String, List<String>> withBroader = new HashMap<>();
    for (String concept : kinds.keySet()) {
      Set<String> closure = new LinkedHashSet<>();
      addWithBroader(concept, broader, closure);
      withBroader.put(concept, List.copyOf(closure));
    }
    return new ConceptVocabulary(terms, Map.copyOf(kinds), Map.copyOf(withBroader));
  }

  private static void addWithBroader(String concept, Map<String, List<String>> broader, Set<String> closure) {
    if (closure.add(concept)) {
      for (String parent : broader.getOrDefault(concept, List.of())) {
        if (!broader.containsKey(parent)) {
          throw new IllegalStateException(RESOURCE + ": broader concept " + parent + " of " + concept + " is not defined");
        }
        addWithBroader(parent, broader, closure);
      }
    }
  }

  private static List<String> splitNonBlank(String cell, String separatorRegex) {
    List<String> parts = new ArrayList<>();
    for (String part : cell.split(separatorRegex)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  ConceptKind kindOf(String concept) {
    return kinds.get(concept);
  }

  Set<String> concepts() {
    return kinds.keySet();
  }

  /** The concept and every broader concept, the concept first. */
  List<String> withBroader(String concept) {
    return withBroader.getOrDefault(concept, List.of(concept));
  }

  /**
   * The longest terms starting at token {@code start}, added to {@code found}.
   *
   * @return the number of tokens they cover, 0 if none starts here
   */
  int longestTermsAt(List<String> tokens, int start, Collection<Term> found) {
    return terms.longestAt(tokens, start, found);
  }
}
