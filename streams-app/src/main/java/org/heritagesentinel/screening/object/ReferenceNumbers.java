package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reference numbers (INTERPOL, museum inventory, police case) compared exactly after
 * normalisation: folded, label words removed ("INTERPOL", "Inv. No.", "رقم"), separators removed,
 * upper case. "INTERPOL 2019/1234", "inv. 2019-1234" and "2019 1234" all become "20191234".
 *
 * <p>A key needs at least 5 characters of which at least 2 digits: shorter references ("A-12")
 * would be found by chance in any text and cannot support an exact hit.
 */
final class ReferenceNumbers {

  private static final int MIN_LENGTH = 5;
  private static final int MIN_DIGITS = 2;
  /** A reference is written in at most this many pieces ("IRQ 2003 IM 12345" is 4). */
  private static final int MAX_PIECES = 4;
  private static final Set<String> LABELS = Set.copyOf(TextNormalizer.tokens(
      "interpol inv inventory inventaire no nr n num number numero ref reference cat catalogue case dossier"
          + " id museum musee رقم مرجع جرد"));

  private ReferenceNumbers() {}

  /** Key of a listed reference number; empty when it is too short to be matched exactly. */
  static Optional<String> key(String reference) {
    List<String> pieces = withoutLabels(TextNormalizer.tokens(reference));
    return pieces.isEmpty() ? Optional.empty() : valid(String.join("", pieces));
  }

  /** Keys of every run of up to four consecutive pieces of the text that could be a reference. */
  static Set<String> candidates(String text) {
    List<String> pieces = withoutLabels(TextNormalizer.tokens(text));
    Set<String> keys = new LinkedHashSet<>();
    for (int start = 0; start < pieces.size(); start++) {
      StringBuilder key = new StringBuilder();
      for (int end = start; end < Math.min(pieces.size(), start + MAX_PIECES); end++) {
        key.append(pieces.get(end));
        valid(key.toString()).ifPresent(keys::add);
      }
    }
    return keys;
  }

  private static List<String> withoutLabels(List<String> tokens) {
    List<String> pieces = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      if (!LABELS.contains(token)) {
        pieces.add(token);
      }
    }
    return pieces;
  }

  private static Optional<String> valid(String key) {
    int digits = 0;
    for (int i = 0; i < key.length(); i++) {
      if (Character.isDigit(key.charAt(i))) {
        digits++;
      }
    }
    return key.length() >= MIN_LENGTH && digits >= MIN_DIGITS ? Optional.of(key.toUpperCase(Locale.ROOT)) : Optional.empty();
  }
}
