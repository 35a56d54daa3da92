package org.heritagesentinel.screening.party;

/**
 * A name score after country and date-of-birth qualifiers.
 *
 * @param score       adjusted score, 0..1
 * @param explanation fragment to append to the name explanation, empty when nothing applied
 */
public record QualifiedScore(double score, String explanation) {
}
