package org.heritagesentinel.screening.party.quality;

import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyNameMatcher;

/**
 * One party matcher version's rounds over the bench pairs, loaded by {@code MatcherSpeedAb} in a class loader of
 * its own with that version's jar: only the matcher's public API, the same since party-matcher/1.5.
 */
public final class MatcherRounds {
    private static String[][] pairs;
    private static PartyNameMatcher matcher;

    private MatcherRounds() {
    }

    public static void setUp(String[][] benchPairs) {
        pairs = benchPairs;
        matcher = new PartyNameMatcher(NameMatchingConfig.defaults());
    }

    /** A sum of the scores, so that no round can be optimised away. */
    public static long run(int rounds) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (String[] pair : pairs) {
                sum += Math.round(matcher.match(pair[0], pair[1]).score() * 100);
            }
        }
        return sum;
    }

    public static String version() {
        return PartyNameMatcher.version();
    }
}
