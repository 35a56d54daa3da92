package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.screening.object.ObjectFeatures.Naming;
import org.heritagesentinel.screening.object.ObjectFeatures.Source;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyNameMatcher;

/**
 * Scores a declared customs item against a listed stolen or seized object (Object ID fields).
 *
 * <p>A reference number (INTERPOL, inventory) found in the item's marks, description or
 * documents is an exact hit: score 1. Otherwise each agreement is evidence of a given strength,
 * combined as independent evidence ({@code score = 1 - Π(1 - strength)}): object type, material,
 * period, sizes, inscription words, title words (in any language the listing gives), the maker
 * (compared as a person name by the party name matcher). Disagreements multiply the score down.
 * Types and materials are common to thousands of listed objects, so a score above the generic cap
 * needs a shared type and one specific agreement, or two specific agreements: a plain "bronze coin"
 * scores 0.45 against every listed bronze coin, not more. A work by the listed maker under a title
 * of its own stays under the same-maker cap ("same maker, different title"); a generic description
 * and period stated exactly as listed scores as a hit of its own. Every number is in
 * {@link ObjectScoringTable}.
 *
 * <p>Thread-safe. On the hot path, build {@link #features} once per watchlist entry and per
 * declared item and call {@link #match(ObjectFeatures, ObjectFeatures)}.
 */
public final class ObjectMatcher {

  private static final String VERSION = "object-matcher/2.0";
  /** Explanation of a work by a listed maker under another title: an analyst's lead, not an identification. */
  public static final String SAME_MAKER_DIFFERENT_TITLE = "same maker, different title";
  /** Explanation of a generic description and period stated identically. */
  public static final String SAME_DESCRIPTION_AND_PERIOD = "same description and period";

  private final ObjectAnalyzer analyzer;
  private final ObjectScoringTable table;
  private final PartyNameMatcher names;

  /** The matcher over the shipped vocabulary, period table and scoring table, ages relative to the system clock. */
  public ObjectMatcher() {
    this(ObjectScoringTable.defaults());
  }

  /** The matcher over the shipped vocabulary and period table with {@code table}'s numbers. */
  public ObjectMatcher(ObjectScoringTable table) {
    this(ConceptExtractor.standard(), PeriodParser.standard(), table, new PartyNameMatcher(NameMatchingConfig.defaults()));
  }

  /** @param names the party name matcher: makers are compared as person names (transliteration, name parts) */
  public ObjectMatcher(ConceptExtractor extractor, PeriodParser periods, ObjectScoringTable table, PartyNameMatcher names) {
    this.analyzer = new ObjectAnalyzer(extractor, periods);
    this.table = table;
    this.names = names;
  }

  public ObjectScoringTable table() {
    return table;
  }

  public static String version() {
    return VERSION;
  }

  public ObjectFeatures features(DeclarationItem item) {
    return analyzer.declared(item);
  }

  public ObjectFeatures features(ObjectDescription listed) {
    return analyzer.listed(listed);
  }

  public ObjectMatch match(DeclarationItem item, ObjectDescription listed) {
    return match(features(item), features(listed));
  }

  /** Scores features of a declared item ({@code declared}) against those of a listed object. */
  public ObjectMatch match(ObjectFeatures declared, ObjectFeatures listed) {
    for (Map.Entry<String, Source> reference : declared.references.entrySet()) {
      Source listedReference = listed.references.get(reference.getKey());
      if (listedReference != null) {
        return referenceHit(declared, listed, reference.getValue(), listedReference);
      }
    }
    Tally tally = new Tally(table);
    compareConcepts(declared, listed, tally);
    comparePeriods(declared, listed, tally);
    compareSizes(declared, listed, tally);
    compareInscriptions(declared, listed, tally);
    Set<String> makerWords = compareMaker(declared, listed, tally);
    compareTitle(declared, listed, makerWords, tally);
    compareWholeDescription(declared, listed, tally);
    double score = tally.score();
    return new ObjectMatch(score, explanation(declared, listed, tally.summary(), score), tally.evidence,
        tally.descriptionDecides);
  }

  private static ObjectMatch referenceHit(ObjectFeatures declared, ObjectFeatures listed, Source found, Source reference) {
    MatchEvidence evidence = new MatchEvidence(found.field(), found.text(), reference.text(),
        "reference number, exact after normalisation");
    return new ObjectMatch(1.0, explanation(declared, listed, "reference " + reference.text(), 1.0), List.of(evidence),
        false);
  }

  private void compareConcepts(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    Source declaredSource = declared.concepts.source();
    Source listedSource = listed.concepts.source();
    Set<String> types = shared(declared.concepts.types(), listed.concepts.types());
    if (!types.isEmpty()) {
      tally.agree("type", table.type(), false, new MatchEvidence(declaredSource.field(), declaredSource.text(),
          listedSource.text(), "object type " + String.join(", ", types)));
    } else if (!declared.concepts.types().isEmpty() && !listed.concepts.types().isEmpty()) {
      tally.conflict("type", table.typeConflict());
    }
    Set<String> materials = shared(declared.concepts.materials(), listed.concepts.materials());
    if (!materials.isEmpty()) {
      tally.agree("material", table.material(), false, new MatchEvidence(declaredSource.field(), declaredSource.text(),
          listedSource.text(), "material " + String.join(", ", materials)));
    } else if (!declared.concepts.materials().isEmpty() && !listed.concepts.materials().isEmpty()) {
      tally.conflict("material", table.materialConflict());
    }
  }

  private void comparePeriods(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    YearRange mine = declared.period.range();
    YearRange theirs = listed.period.range();
    if (mine == null || theirs == null) {
      return;
    }
    int gap = mine.gap(theirs);
    if (gap > table.periodConflictGap()) {
      tally.conflict("period", table.periodConflict());
      return;
    }
    if (gap > table.periodSlack() || mine.hasOpenStart() || theirs.hasOpenStart()) {
      return;
    }
    int broader = Math.max(mine.span(), theirs.span());
    double strength = broader <= table.narrowSpan() ? table.periodNarrow() : broader <= table.broadSpan() ? table.periodBroad() : 0;
    if (strength > 0) {
      tally.agree("period", strength, true, new MatchEvidence(declared.period.source().field(),
          declared.period.source().text() + " (" + mine + ")",
          listed.period.source().text() + " (" + theirs + ")", "periods overlap"));
    }
  }

  private void compareSizes(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    Measurements mine = declared.sizes.measurements();
    Measurements theirs = listed.sizes.measurements();
    Measurements.Comparison comparison = mine.compare(theirs);
    if (comparison.conflict()) {
      tally.conflict("measurements", table.sizeConflict());
    } else if (comparison.agreeing() > 0) {
      tally.agree("measurements", comparison.agreeing() > 1 ? table.sizesMany() : table.sizesOne(), true,
          new MatchEvidence(declared.sizes.field(), mine.describe(), theirs.describe(),
              "sizes within ±10% or ±2 cm (at most ±20%), any order"));
    }
  }

  private void compareInscriptions(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    String bestField = null;
    List<String> bestWords = List.of();
    double bestStrength = 0;
    for (Map.Entry<String, Set<String>> field : listed.words.distinctive().entrySet()) {
      List<String> found = found(field.getValue(), declared.words.tokens());
      double strength = wordStrength(found, field.getValue().size(), table.words());
      if (strength > bestStrength) {
        bestStrength = strength;
        bestField = field.getKey();
        bestWords = found;
      }
    }
    if (bestField != null) {
      tally.agree(bestField, bestStrength, true, new MatchEvidence("description",
          String.join(" ", bestWords), listed.words.fieldText().get(bestField),
          bestField + " words found in the declared text"));
    }
  }

  /**
   * The maker found among the declared words as a person name: each word against the whole name (the party matcher
   * knows a family name alone from a given name alone), then runs of words as long as the name. Returns the declared
   * words that belong to the maker's name, empty when the maker is not found.
   */
  private Set<String> compareMaker(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    Naming theirs = listed.naming;
    List<String> words = declared.naming.inOrder();
    if (theirs.maker().isEmpty() || words.isEmpty()) {
      return Set.of();
    }
    double best = 0;
    List<String> bestWords = List.of();
    Set<String> nameLike = new LinkedHashSet<>();
    for (String word : declared.naming.ownWords()) {
      double score = names.match(word, theirs.maker()).score();
      if (score >= table.makerPart()) {
        nameLike.add(word);
      }
      if (score > best) {
        best = score;
        bestWords = List.of(word);
      }
    }
    // a run of words ("Ivan Petrenko") is compared only where one of its words resembles the maker already
    int parts = theirs.makerParts();
    for (int start = 0; start < words.size() && !nameLike.isEmpty(); start++) {
      for (int length = 2; length <= parts && start + length <= words.size(); length++) {
        List<String> window = words.subList(start, start + length);
        if (window.stream().noneMatch(nameLike::contains)) {
          continue;
        }
        double score = names.match(String.join(" ", window), theirs.maker()).score();
        if (score > best) {
          best = score;
          bestWords = window;
        }
      }
    }
    if (best < table.makerName()) {
      return Set.of();
    }
    tally.agree("maker", table.maker(), true, new MatchEvidence("description", String.join(" ", bestWords),
        theirs.maker(), "maker's name, compared as a person name"));
    // "Ivan Shishkin" against "Шишкін Іван": the given name too is the maker's, not a word of a title
    Set<String> makerWords = new LinkedHashSet<>(bestWords);
    makerWords.addAll(nameLike);
    return makerWords;
  }

  /**
   * The title in any language of the listing. A declared item that states words of its own (not type, material,
   * period or maker), not enough of them the title's and some of them in no title, disagrees: a title of its own is
   * strong evidence of another work.
   */
  private void compareTitle(ObjectFeatures declared, ObjectFeatures listed, Set<String> makerWords, Tally tally) {
    List<Set<String>> titles = listed.naming.titles();
    if (titles.isEmpty()) {
      return;
    }
    double best = 0;
    List<String> bestWords = List.of();
    Set<String> anyFound = new LinkedHashSet<>();
    for (Set<String> title : titles) {
      List<String> found = found(title, declared.words.tokens());
      anyFound.addAll(found);
      // titles share words ("Saint", "Portrait"): one word of two is not the title, unless it is the whole title
      double strength = found.size() == title.size() || found.size() >= table.minWordMatches()
          ? wordStrength(found, title.size(), table.title()) : 0;
      if (strength > best) {
        best = strength;
        bestWords = found;
      }
    }
    if (best > 0) {
      tally.agree("title", best, true, new MatchEvidence("description", String.join(" ", bestWords),
          listed.naming.titleText(), "title words found in the declared text"));
      return;
    }
    Set<String> own = new LinkedHashSet<>(declared.naming.ownWords());
    own.removeAll(makerWords);
    Set<String> unexplained = new LinkedHashSet<>(own);
    unexplained.removeAll(anyFound);
    // "Forest Glade" against "Morning in a Pine Forest": one shared word does not make the title, "glade" contradicts it
    if (own.size() >= table.minOwnTitleWords() && !unexplained.isEmpty()) {
      tally.titleDisagrees(table.titleConflict());
    }
  }

  /**
   * "Bronze fibula", "III–IV century AD" declared as listed: generic words, but every word of the listed name and the
   * very same period. A hit of its own (docs/decisions.md, "objects"), however generic its words.
   */
  private void compareWholeDescription(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    YearRange mine = declared.period.range();
    YearRange theirs = listed.period.range();
    Set<String> words = listed.naming.allWords();
    if (mine == null || !mine.equals(theirs) || mine.hasOpenStart() || theirs.span() > table.broadSpan()
        || words.size() < table.minWordMatches() || !declared.words.tokens().containsAll(words)) {
      return;
    }
    tally.sameDescription(table.exactDescription(), new MatchEvidence("description", listed.naming.titleText().isEmpty()
        ? String.join(" ", words) : listed.naming.titleText(), String.join(" ", words) + ", " + theirs,
        "every word of the listed name and the same period"));
  }

  private static List<String> found(Set<String> wanted, Set<String> tokens) {
    List<String> found = new ArrayList<>();
    for (String word : wanted) {
      if (tokens.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }

  private double wordStrength(List<String> found, int size, double full) {
    boolean enough = found.size() >= table.minWordMatches()
        || (found.size() == 1 && size <= table.minWordMatches() && found.get(0).length() >= table.minLoneWordLength());
    return enough ? full * Math.min(1.0, found.size() / (double) Math.min(size, table.wordsForFullStrength())) : 0;
  }

  private static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> shared = new LinkedHashSet<>(a);
    shared.retainAll(b);
    return shared;
  }

  private static String explanation(ObjectFeatures declared, ObjectFeatures listed, String grounds, double score) {
    long hundredths = Math.round(score * 100);
    return declared.label + " ~ " + listed.label + ": " + grounds + ", " + hundredths / 100 + "." + hundredths / 10 % 10 + hundredths % 10;
  }

  /** Agreements and conflicts of one pair, and the score they make. */
  private static final class Tally {
    private final ObjectScoringTable table;
    private final List<String> agreements = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<MatchEvidence> evidence = new ArrayList<>();
    private double missing = 1.0;
    private double penalty = 1.0;
    private boolean sameType;
    private boolean sameMaker;
    private boolean titleDisagrees;
    private double sameDescription;
    private boolean descriptionDecides;
    private int specific;

    Tally(ObjectScoringTable table) {
      this.table = table;
    }

    void agree(String what, double strength, boolean isSpecific, MatchEvidence proof) {
      agreements.add(what);
      evidence.add(proof);
      missing *= 1 - strength;
      sameType |= what.equals("type");
      sameMaker |= what.equals("maker");
      specific += isSpecific ? 1 : 0;
    }

    void conflict(String what, double factor) {
      conflicts.add(what);
      penalty *= factor;
    }

    void titleDisagrees(double factor) {
      titleDisagrees = true;
      conflict("title", factor);
    }

    void sameDescription(double score, MatchEvidence proof) {
      sameDescription = score;
      evidence.add(proof);
    }

    double score() {
      double score = (1 - missing) * penalty;
      boolean enoughEvidence = (sameType && specific >= 1) || specific >= 2;
      double capped = enoughEvidence ? score : Math.min(score, table.genericCap());
      if (sameMaker && titleDisagrees) {
        capped = Math.min(capped, table.sameMakerCap());
      }
      descriptionDecides = sameDescription * penalty > capped;
      return descriptionDecides ? sameDescription * penalty : capped;
    }

    /** After {@link #score()}: the agreements, the reading that decided the score, the conflicts. */
    String summary() {
      String agreed = agreements.isEmpty() ? "no agreement" : String.join("+", agreements);
      if (descriptionDecides) {
        agreed = SAME_DESCRIPTION_AND_PERIOD + " (" + agreed + ")";
      }
      if (sameMaker && titleDisagrees) {
        agreed = SAME_MAKER_DIFFERENT_TITLE + " (" + agreed + ")";
      }
      return conflicts.isEmpty() ? agreed : agreed + "; disagree on " + String.join("+", conflicts);
    }
  }
}
