package org.heritagesentinel.screening.object;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the matcher compares of a declared item or a listed object, extracted once by
 * {@link ObjectMatcher#features}: build it once per watchlist entry and once per declared item,
 * then score any number of pairs without reparsing text.
 */
public final class ObjectFeatures {

  private static final int SHOWN_CHARS = 60;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Where a feature was read: a field and its text, shortened once for explanations. */
  record Source(String field, String text) {
    Source {
      text = shorten(text);
    }
  }

  /** The text on one line, at most 60 characters. */
  static String shorten(String text) {
    String oneLine = text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
    return oneLine.length() <= SHOWN_CHARS ? oneLine : oneLine.substring(0, SHOWN_CHARS - 1) + "…";
  }

  /** Object types and materials named, with the text they were read from. */
  record Concepts(Set<String> types, Set<String> materials, Source source) {
    Concepts {
      types = ordered(types);
      materials = ordered(materials);
    }
  }

  /** The stated period, or null range when none is stated. */
  record Period(YearRange range, Source source) {}

  record Sizes(Measurements measurements, String field) {}

  /**
   * Words for inscription matching: the folded tokens of the declared text, and for a listed
   * object its distinctive tokens per field ("inscriptions", "maker", "title") with the field text.
   */
  record Words(Set<String> tokens, Map<String, Set<String>> distinctive, Map<String, String> fieldText) {
    Words {
      tokens = Set.copyOf(tokens);
      distinctive = ordered(distinctive);
      fieldText = ordered(fieldText);
    }
  }

  /**
   * What names the object: for a listed object its title in each language the listing gives (distinctive words per
   * alternative), every word of its title or short description (for exact agreement), and its maker; for a declared
   * item its words in order (to find a maker's name in) and its own words, those that no type, material or period
   * explains (the title it states, if any).
   */
  record Naming(List<Set<String>> titles, String titleText, Set<String> allWords, String maker, int makerParts,
                List<String> inOrder, Set<String> ownWords) {
    Naming {
      titles = titles.stream().map(ObjectFeatures::ordered).toList();
      allWords = ordered(allWords);
      inOrder = List.copyOf(inOrder);
      ownWords = ordered(ownWords);
    }
  }

  final String label;
  /** Reference key → where it was found. */
  final Map<String, Source> references;
  final Concepts concepts;
  final Period period;
  final Sizes sizes;
  final Words words;
  final Naming naming;

  ObjectFeatures(String label, Map<String, Source> references, Concepts concepts, Period period, Sizes sizes, Words words,
                 Naming naming) {
    this.label = label;
    this.references = ordered(references);
    this.concepts = concepts;
    this.period = period;
    this.sizes = sizes;
    this.words = words;
    this.naming = naming;
  }

  // copies keep the order of the text, so explanations and keys are reproducible
  private static <T> Set<T> ordered(Set<T> set) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }

  private static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Short readable label: "item 1 'Cuneiform clay tablet'" or "2019/1234 'clay tablet, …'". */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
