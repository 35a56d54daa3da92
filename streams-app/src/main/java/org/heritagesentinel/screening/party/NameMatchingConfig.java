package org.heritagesentinel.screening.party;

import java.util.Objects;

/**
 * Weights, costs and the cache of the party name matcher. The score from which a pair of names is a match is not
 * the matcher's: screening applies the one configuration's {@code matching.party.threshold} to the scores.
 *
 * @param minPartSimilarity  below this similarity two name parts are not aligned at all: they conflict
 * @param extraPartCost      cost of a name part present on one side only (missing middle names are normal)
 * @param conflictPartCost   cost of a name part that has a different counterpart on the other side
 * @param legalFormMismatchFactor applied when both names carry company forms of different kinds (an LLC, a joint-stock
 *                           company): a conversion or a loose translation; see {@link LegalFormKinds}
 * @param cacheSize          number of parsed names kept in memory (watchlist names repeat on the hot path)
 * @param scoring            every other weight, similarity, cost and factor: the one configuration's
 *                           {@code matching.party.scoring} overrides of the shipped table
 */
public record NameMatchingConfig(
        double minPartSimilarity,
        double extraPartCost,
        double conflictPartCost,
        double legalFormMismatchFactor,
        int cacheSize,
        PartyScoringTable scoring) {

    public NameMatchingConfig {
        if (minPartSimilarity < 0 || minPartSimilarity >= 1) {
            throw new IllegalArgumentException("minPartSimilarity must be within 0..1: " + minPartSimilarity);
        }
        if (extraPartCost < 0 || conflictPartCost < 0) {
            throw new IllegalArgumentException("part costs must not be negative");
        }
        if (legalFormMismatchFactor <= 0 || legalFormMismatchFactor > 1) {
            throw new IllegalArgumentException("legalFormMismatchFactor must be within (0..1]: " + legalFormMismatchFactor);
        }
        Objects.requireNonNull(scoring, "scoring");
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must not be negative: " + cacheSize);
        }
    }

    /**
     * The shipped configuration. Its cache keeps 200,000 parsed names (up to twice that, {@code RecentCache}): a parsed
     * name takes about 400 bytes now that the forms of its words are shared ({@link NamePartFactory}). Screening keeps
     * as many as {@code matching.party.name-cache} says ({@link #withCacheSize}).
     */
    public static NameMatchingConfig defaults() {
        return new NameMatchingConfig(0.60, 0.20, 1.5, 0.95, 200_000, PartyScoringTable.defaults());
    }

    /** This configuration keeping {@code names} parsed names per generation of its cache. */
    public NameMatchingConfig withCacheSize(int names) {
        return new NameMatchingConfig(minPartSimilarity, extraPartCost, conflictPartCost, legalFormMismatchFactor, names, scoring);
    }

    /** This configuration scoring with {@code table}. */
    public NameMatchingConfig withScoring(PartyScoringTable table) {
        return new NameMatchingConfig(minPartSimilarity, extraPartCost, conflictPartCost, legalFormMismatchFactor,
                cacheSize, table);
    }

}
