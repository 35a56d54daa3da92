package org.heritagesentinel.screening.object;

import java.util.List;

/**
 * How well a declared item matches a listed object.
 *
 * @param score       0..1; 1 for an exact reference number; at most {@link ObjectMatcher#GENERIC_CAP}
 *                    unless the description agrees on something specific (see {@link ObjectMatcher})
 * @param explanation one line for an analyst: what matched what, on which grounds, and the score
 * @param evidence    every agreement, declared against listed
 * @param sameDescriptionOnly the score rests on a generic description and period stated exactly as listed, nothing
 *                    more specific: a hit only while few listed objects share it (see {@code StolenObjectRule})
 */
public record ObjectMatch(double score, String explanation, List<MatchEvidence> evidence, boolean sameDescriptionOnly) {

  public ObjectMatch {
    evidence = List.copyOf(evidence);
  }
}
