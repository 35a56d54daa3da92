package org.heritagesentinel.screening.party;

/**
 * Jaro-Winkler similarity of two words, giving to the last bit what Apache Commons Text's
 * {@code JaroWinklerSimilarity} (1.14) gives: the same greedy matching window, the same roles of the longer and
 * the shorter word, the same arithmetic in the same order. That implementation boxes every character it
 * compares and was a sixth of the time of {@code match()}; this one reads the two strings' characters.
 * {@code JaroWinklerSpec} checks the two agree exactly.
 */
final class JaroWinkler {

    private static final double SCALING = 0.1;
    private static final double BOOST_FROM = 0.7;
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
    }

    static double similarity(String first, String second) {
        if (first.equals(second)) {
            return 1d;
        }
        String longer;
        String shorter;
        if (first.length() > second.length()) {
            longer = first;
            shorter = second;
        } else {
            longer = second;
            shorter = first;
        }
        int range = Math.max(longer.length() / 2 - 1, 0);
        int[] matchIndexes = new int[shorter.length()];
        boolean[] matchFlags = new boolean[longer.length()];
        int matches = 0;
        for (int mi = 0; mi < shorter.length(); mi++) {
            matchIndexes[mi] = -1;
            char c = shorter.charAt(mi);
            for (int xi = Math.max(mi - range, 0), end = Math.min(mi + range + 1, longer.length()); xi < end; xi++) {
                if (!matchFlags[xi] && c == longer.charAt(xi)) {
                    matchIndexes[mi] = xi;
                    matchFlags[xi] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0d;
        }
        int halfTranspositions = 0;
        int inLonger = 0;
        for (int mi = 0; mi < shorter.length(); mi++) {
            if (matchIndexes[mi] == -1) {
                continue;
            }
            while (!matchFlags[inLonger]) {
                inLonger++;
            }
            if (shorter.charAt(mi) != longer.charAt(inLonger)) {
                halfTranspositions++;
            }
            inLonger++;
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(MAX_PREFIX, shorter.length()) && first.charAt(i) == second.charAt(i); i++) {
            prefix++;
        }
        double m = matches;
        double jaro = (m / first.length() + m / second.length() + (m - halfTranspositions / 2.0) / m) / 3.0;
        return jaro < BOOST_FROM ? jaro : jaro + SCALING * prefix * (1d - jaro);
    }
}
