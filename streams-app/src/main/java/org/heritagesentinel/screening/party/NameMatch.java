package org.heritagesentinel.screening.party;

/**
 * Result of comparing two party names.
 *
 * @param score       0 (unrelated) to 1 (same name)
 * @param explanation readable reason, quoted in alerts so an analyst sees why two names were linked
 */
public record NameMatch(double score, String explanation) {
}
