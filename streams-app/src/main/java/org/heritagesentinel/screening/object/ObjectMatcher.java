package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.screening.object.ObjectFeatures.Source;

/**
 * Scores a declared customs item against a listed stolen or seized object (Object ID fields).
 *
 * <p>A reference number (INTERPOL, inventory) found in the item's marks, description or
 * documents is an exact hit: score 1. Otherwise each agreement is evidence of a given strength,
 * combined as independent evidence ({@code score = 1 - Π(1 - strength)}):
 * <pre>
 *   object type shared (TABLET, COIN...)            0.35
 *   material shared (CLAY, BRONZE...)               0.15
 *   period overlap, both within 150 years           0.30   (within 400 years: 0.20)
 *   sizes within tolerance, 2+ values / 1 value     0.60 / 0.30
 *   inscription, maker or title words               up to 0.70
 * </pre>
 * Disagreements multiply the score down: type ×0.75, material ×0.8, period ×0.85 (declared
 * periods are often false), sizes ×0.6 (sizes are objective). Types and materials are common
 * to thousands of listed objects, so a score above {@link #GENERIC_CAP} needs a shared type and
 * one specific agreement (sizes, inscription, period), or two specific agreements: a plain
 * "bronze coin" scores 0.45 against every listed bronze coin, not more.
 *
 * <p>Thread-safe. On the hot path, build {@link #features} once per watchlist entry and per
 * declared item and call {@link #match(ObjectFeatures, ObjectFeatures)}.
 */
public final class ObjectMatcher {

  /** Highest score of a match that rests on generic agreement only (type, material). */
  public static final double GENERIC_CAP = 0.5;

  private static final String VERSION = "object-matcher/1.0";
  private static final double TYPE = 0.35;
  private static final double MATERIAL = 0.15;
  private static final double PERIOD_NARROW = 0.30;
  private static final double PERIOD_BROAD = 0.20;
  private static final double SIZES_ONE = 0.30;
  private static final double SIZES_MANY = 0.60;
  private static final double WORDS = 0.70;
  private static final double TYPE_CONFLICT = 0.75;
  private static final double MATERIAL_CONFLICT = 0.8;
  private static final double PERIOD_CONFLICT = 0.85;
  private static final double SIZE_CONFLICT = 0.6;
  private static final int NARROW_SPAN = 150;
  private static final int BROAD_SPAN = 400;
  /** Period statements this close still agree: "c. 1900" against "late 19th century". */
  private static final int PERIOD_SLACK = 25;
  private static final int PERIOD_CONFLICT_GAP = 50;
  private static final int MIN_WORD_MATCHES = 2;
  private static final int WORDS_FOR_FULL_STRENGTH = 4;
  private static final int MIN_LONE_WORD_LENGTH = 4;

  private final ObjectAnalyzer analyzer;

  /** The matcher over the shipped vocabulary and period table, ages relative to the system clock. */
  public ObjectMatcher() {
    this(ConceptExtractor.standard(), PeriodParser.standard());
  }

  public ObjectMatcher(ConceptExtractor extractor, PeriodParser periods) {
    this.analyzer = new ObjectAnalyzer(extractor, periods);
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
    Tally tally = new Tally();
    compareConcepts(declared, listed, tally);
    comparePeriods(declared, listed, tally);
    compareSizes(declared, listed, tally);
    compareWords(declared, listed, tally);
    double score = tally.score();
    return new ObjectMatch(score, explanation(declared, listed, tally.summary(), score), tally.evidence);
  }

  private static ObjectMatch referenceHit(ObjectFeatures declared, ObjectFeatures listed, Source found, Source reference) {
    MatchEvidence evidence = new MatchEvidence(found.field(), found.text(), reference.text(),
        "reference number, exact after normalisation");
    return new ObjectMatch(1.0, explanation(declared, listed, "reference " + reference.text(), 1.0), List.of(evidence));
  }

  private static void compareConcepts(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    Source declaredSource = declared.concepts.source();
    Source listedSource = listed.concepts.source();
    Set<String> types = shared(declared.concepts.types(), listed.concepts.types());
    if (!types.isEmpty()) {
      tally.agree("type", TYPE, false, new MatchEvidence(declaredSource.field(), declaredSource.text(),
          listedSource.text(), "object type " + String.join(", ", types)));
    } else if (!declared.concepts.types().isEmpty() && !listed.concepts.types().isEmpty()) {
      tally.conflict("type", TYPE_CONFLICT);
    }
    Set<String> materials = shared(declared.concepts.materials(), listed.concepts.materials());
    if (!materials.isEmpty()) {
      tally.agree("material", MATERIAL, false, new MatchEvidence(declaredSource.field(), declaredSource.text(),
          listedSource.text(), "material " + String.join(", ", materials)));
    } else if (!declared.concepts.materials().isEmpty() && !listed.concepts.materials().isEmpty()) {
      tally.conflict("material", MATERIAL_CONFLICT);
    }
  }

  private static void comparePeriods(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    YearRange mine = declared.period.range();
    YearRange theirs = listed.period.range();
    if (mine == null || theirs == null) {
      return;
    }
    int gap = mine.gap(theirs);
    if (gap > PERIOD_CONFLICT_GAP) {
      tally.conflict("period", PERIOD_CONFLICT);
      return;
    }
    if (gap > PERIOD_SLACK || mine.hasOpenStart() || theirs.hasOpenStart()) {
      return;
    }
    int broader = Math.max(mine.span(), theirs.span());
    double strength = broader <= NARROW_SPAN ? PERIOD_NARROW : broader <= BROAD_SPAN ? PERIOD_BROAD : 0;
    if (strength > 0) {
      tally.agree("period", strength, true, new MatchEvidence(declared.period.source().field(),
          declared.period.source().text() + " (" + mine + ")",
          listed.period.source().text() + " (" + theirs + ")", "periods overlap"));
    }
  }

  private static void compareSizes(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    Measurements mine = declared.sizes.measurements();
    Measurements theirs = listed.sizes.measurements();
    Measurements.Comparison comparison = mine.compare(theirs);
    if (comparison.conflict()) {
      tally.conflict("measurements", SIZE_CONFLICT);
    } else if (comparison.agreeing() > 0) {
      tally.agree("measurements", comparison.agreeing() > 1 ? SIZES_MANY : SIZES_ONE, true,
          new MatchEvidence(declared.sizes.field(), mine.describe(), theirs.describe(),
              "sizes within ±10% or ±2 cm (at most ±20%), any order"));
    }
  }

  private static void compareWords(ObjectFeatures declared, ObjectFeatures listed, Tally tally) {
    String bestField = null;
    List<String> bestWords = List.of();
    double bestStrength = 0;
    for (Map.Entry<String, Set<String>> field : listed.words.distinctive().entrySet()) {
      List<String> found = new ArrayList<>();
      for (String word : field.getValue()) {
        if (declared.words.tokens().contains(word)) {
          found.add(word);
        }
      }
      int size = field.getValue().size();
      boolean enough = found.size() >= MIN_WORD_MATCHES
          || (found.size() == 1 && size <= MIN_WORD_MATCHES && found.get(0).length() >= MIN_LONE_WORD_LENGTH);
      double strength = enough ? WORDS * Math.min(1.0, found.size() / (double) Math.min(size, WORDS_FOR_FULL_STRENGTH)) : 0;
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
    private final List<String> agreements = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<MatchEvidence> evidence = new ArrayList<>();
    private double missing = 1.0;
    private double penalty = 1.0;
    private boolean sameType;
    private int specific;

    void agree(String what, double strength, boolean isSpecific, MatchEvidence proof) {
      agreements.add(what);
      evidence.add(proof);
      missing *= 1 - strength;
      sameType |= what.equals("type");
      specific += isSpecific ? 1 : 0;
    }

    void conflict(String what, double factor) {
      conflicts.add(what);
      penalty *= factor;
    }

    double score() {
      double score = (1 - missing) * penalty;
      boolean enoughEvidence = (sameType && specific >= 1) || specific >= 2;
      return enoughEvidence ? score : Math.min(score, GENERIC_CAP);
    }

    String summary() {
      String agreed = agreements.isEmpty() ? "no agreement" : String.join("+", agreements);
      return conflicts.isEmpty() ? agreed : agreed + "; disagree on " + String.join("+", conflicts);
    }
  }
}
