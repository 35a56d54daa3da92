package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of folded tokens mapped to values, found in a token list longest first.
 * Indexed by first token, so a scan costs one hash look-up per token.
 *
 * <p>A text token that misses is tried in a second form: a Latin plural without its final
 * s/x ("tablettes" → "tablette"), or an Arabic word without a one-letter conjunction or
 * preposition ("وتماثيل" → "تماثيل"). The exact form wins when both are phrases.
 */
final class PhraseIndex<V> {

  private static final String ARABIC_CLITICS = "وبفكل";
  private static final int MIN_STEM = 3;

  private record Phrase<V>(List<String> tokens, V value) {}

  private final Map<String, List<Phrase<V>>> byFirstToken = new HashMap<>();

  /** Adds a phrase written naturally; it is folded like the texts it will be found in. */
  PhraseIndex<V> add(String phrase, V value) {
    List<String> tokens = TextNormalizer.tokens(phrase);
    if (!tokens.isEmpty()) {
      byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Phrase<>(List.copyOf(tokens), value));
    }
    return this;
  }

  /**
   * Values of the longest phrases starting at token {@code start}, added to {@code found}.
   *
   * @return the number of tokens those phrases cover, 0 if none starts there
   */
  int longestAt(List<String> tokens, int start, Collection<V> found) {
    String token = tokens.get(start);
    int length = longestAt(token, tokens, start, found);
    if (length > 0) {
      return length;
    }
    String variant = variant(token);
    return variant == null ? 0 : longestAt(variant, tokens, start, found);
  }

  /** Whether a phrase may start with this text token: a cheap test before {@link #longestAt}. */
  boolean startsPhrase(String token) {
    if (byFirstToken.containsKey(token)) {
      return true;
    }
    String variant = variant(token);
    return variant != null && byFirstToken.containsKey(variant);
  }

  private int longestAt(String first, List<String> tokens, int start, Collection<V> found) {
    List<Phrase<V>> candidates = byFirstToken.get(first);
    if (candidates == null) {
      return 0;
    }
    int best = 0;
    List<V> bestValues = new ArrayList<>(2);
    for (Phrase<V> phrase : candidates) {
      int length = phrase.tokens().size();
      if (length >= best && start + length <= tokens.size() && restMatches(phrase.tokens(), tokens, start)) {
        if (length > best) {
          best = length;
          bestValues.clear();
        }
        bestValues.add(phrase.value());
      }
    }
    found.addAll(bestValues);
    return best;
  }

  private static boolean restMatches(List<String> expected, List<String> tokens, int start) {
    for (int k = 1; k < expected.size(); k++) {
      String actual = tokens.get(start + k);
      if (!expected.get(k).equals(actual) && !expected.get(k).equals(latinSingular(actual))) {
        return false;
      }
    }
    return true;
  }

  private static String variant(String token) {
    if (TextNormalizer.isArabic(token)) {
      return token.length() > MIN_STEM && ARABIC_CLITICS.indexOf(token.charAt(0)) >= 0 ? token.substring(1) : null;
    }
    return latinSingular(token);
  }

  private static String latinSingular(String token) {
    int last = token.length() - 1;
    if (token.length() > MIN_STEM && (token.charAt(last) == 's' || token.charAt(last) == 'x')) {
      return token.substring(0, last);
    }
    return null;
  }
}
