package org.heritagesentinel.screening.party;

import java.util.Objects;

import org.heritagesentinel.config.ConfigKey;

/**
 * Thresholds and weights of the party name matcher.
 *
 * @param threshold          score from which a pair of names is reported as a match: by default that of the one
 *                           configuration's {@code matching.party.threshold}, which screening applies
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
        double threshold,
        double minPartSimilarity,
        double extraPartCost,
        double conflictPartCost,
        double legalFormMismatchFactor,
        int cacheSize,
        PartyScoringTable scoring) {

    public NameMatchingConfig {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be within 0..1: " + threshold);
        }
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

    public static NameMatchingConfig defaults() {
        return new NameMatchingConfig(defaultThreshold(), 0.60, 0.20, 1.5, 0.95, 100_000, PartyScoringTable.defaults());
    }

    /** This configuration scoring with {@code table}. */
    public NameMatchingConfig withScoring(PartyScoringTable table) {
        return new NameMatchingConfig(threshold, minPartSimilarity, extraPartCost, conflictPartCost, legalFormMismatchFactor,
                cacheSize, table);
    }

    /** Declared once, with the configuration key: the name benches and specs measure at the threshold screening uses. */
    private static double defaultThreshold() {
        return Double.parseDouble(ConfigKey.MATCHING_PARTY_THRESHOLD.defaultValue().orElseThrow());
    }
}
