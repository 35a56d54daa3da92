package org.heritagesentinel.screening.object;

import java.util.Map;

import org.heritagesentinel.screening.scoring.ScoringOverrides;

/**
 * Every weight, penalty, cap and limit of object matching, in one place (docs/quality.md, "Object scoring table").
 * The match threshold is the one configuration's {@code matching.object.threshold}; any number below can be replaced
 * by its name through {@code matching.object.scoring} ({@link #with}).
 *
 * <p>Strengths combine as independent evidence ({@code score = 1 - Π(1 - strength)}); conflicts multiply the score.
 *
 * @param type               object type shared (TABLET, COIN...)
 * @param material           material shared (CLAY, BRONZE...)
 * @param periodNarrow       periods overlap, the broader within {@code narrowSpan} years
 * @param periodBroad        periods overlap, the broader within {@code broadSpan} years
 * @param sizesOne           one size within tolerance
 * @param sizesMany          two or more sizes within tolerance
 * @param words              inscription words found, at full strength
 * @param title              title words found, at full strength (in any language the listing gives)
 * @param maker              maker named, as a person name (full name or family name)
 * @param typeConflict       both state a type, none shared
 * @param materialConflict   both state a material, none shared
 * @param periodConflict     periods further apart than {@code periodConflictGap}
 * @param sizeConflict       sizes disagree
 * @param titleConflict      the declared item states words of its own and none of the listed title
 * @param genericCap         highest score of a match resting on type and material only
 * @param sameMakerCap       highest score when the maker agrees and the declared title disagrees: below an identification
 * @param exactDescription   score of a generic description and period stated identically (same object words, same period)
 * @param narrowSpan         years; see {@code periodNarrow}
 * @param broadSpan          years; see {@code periodBroad}
 * @param periodSlack        years apart that still agree ("c. 1900" against "late 19th century")
 * @param periodConflictGap  years apart beyond which periods disagree
 * @param minWordMatches     inscription or title words needed, unless the field is that short
 * @param wordsForFullStrength words found for full strength
 * @param minLoneWordLength  letters of a lone word that may stand for a one- or two-word field
 * @param makerName          party-matcher score from which a declared name is the listed maker
 * @param makerPart          party-matcher score from which one declared word is part of the maker's name, once the
 *                           maker is found (a given name: not a word of a title)
 * @param minOwnTitleWords   declared words, not explained by type, material, maker or period, that make a title of its own
 * @param maxSameDescription listed objects a declared item may hit on description and period alone; past it none
 * @param maxPosting         blocking keys pointing to more listed objects are skipped ("bronze coin")
 * @param maxCandidates      listed objects scored per declared item at most
 */
public record ObjectScoringTable(
    double type, double material, double periodNarrow, double periodBroad, double sizesOne, double sizesMany,
    double words, double title, double maker,
    double typeConflict, double materialConflict, double periodConflict, double sizeConflict, double titleConflict,
    double genericCap, double sameMakerCap, double exactDescription,
    int narrowSpan, int broadSpan, int periodSlack, int periodConflictGap,
    int minWordMatches, int wordsForFullStrength, int minLoneWordLength,
    double makerName, double makerPart, int minOwnTitleWords,
    int maxSameDescription, int maxPosting, int maxCandidates) {

  private static final ObjectScoringTable DEFAULTS = new ObjectScoringTable(
      0.35, 0.15, 0.30, 0.20, 0.30, 0.60,
      0.70, 0.70, 0.45,
      0.75, 0.8, 0.85, 0.6, 0.8,
      0.5, 0.55, 0.65,
      150, 400, 25, 50,
      2, 4, 4,
      0.85, 0.5, 1,
      3, 2_000, 300);

  public ObjectScoringTable {
    if (genericCap <= 0 || genericCap > 1 || sameMakerCap <= 0 || sameMakerCap > 1 || exactDescription > 1) {
      throw new IllegalArgumentException("caps and scores must lie in (0, 1]");
    }
    if (maxPosting < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("maxPosting and maxCandidates must be positive");
    }
  }

  /** The shipped table, measured in docs/quality.md. */
  public static ObjectScoringTable defaults() {
    return DEFAULTS;
  }

  /**
   * This table with the numbers named in {@code overrides} replaced ({@code genericCap → 0.45}). Every weight, penalty,
   * cap and party-matcher score is a share of 0..1; every span, count and limit a whole number.
   *
   * @throws IllegalArgumentException naming the first unknown name or value out of range
   */
  public ObjectScoringTable with(Map<String, Double> overrides) {
    return ScoringOverrides.with(this, overrides, "object scoring table", name -> 1);
  }
}
