package org.heritagesentinel.screening.party;

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment):
 * "Appel" for "Apple" and "Marcon" for "Macron" are one slip of the hand, not two. Worked out a column of the table
 * at a time in the bits of a long (Hyyrö's bit-parallel form of Myers' algorithm, with transpositions) for words of
 * at most 64 letters a to z, the name parts the matcher compares: the same figure as the table, several times faster
 * (the table was an eighth of the time of {@code match()}).
 */
final class EditDistance {

    private static final int LETTERS = 26;
    private static final long ALL = -1L;

    private EditDistance() {
    }

    static int withTranspositions(String a, String b) {
        int m = a.length();
        if (m == 0) {
            return b.length();
        }
        if (m > Long.SIZE) {
            return tabled(a, b);
        }
        // where each letter stands in a, one bit a position: the columns of the table below, all at once
        long[] positions = new long[LETTERS];
        for (int i = 0; i < m; i++) {
            int letter = a.charAt(i) - 'a';
            if (letter < 0 || letter >= LETTERS) {
                return tabled(a, b);
            }
            positions[letter] |= 1L << i;
        }
        long lastRow = 1L << (m - 1);
        long up = ALL;
        long down = 0;
        long diagonalZero = 0;
        long previousPositions = 0;
        int distance = m;
        for (int j = 0; j < b.length(); j++) {
            int letter = b.charAt(j) - 'a';
            if (letter < 0 || letter >= LETTERS) {
                return tabled(a, b);
            }
            long here = positions[letter];
            long swapped = (~diagonalZero & here) << 1 & previousPositions;
            diagonalZero = ((here & up) + up ^ up) | here | down | swapped;
            long rightUp = down | ~(diagonalZero | up);
            long rightDown = diagonalZero & up;
            if ((rightUp & lastRow) != 0) {
                distance++;
            } else if ((rightDown & lastRow) != 0) {
                distance--;
            }
            rightUp = rightUp << 1 | 1;
            rightDown <<= 1;
            up = rightDown | ~(diagonalZero | rightUp);
            down = rightUp & diagonalZero;
            previousPositions = here;
        }
        return distance;
    }

    /** The same distance from the full table, row by row: for long words and characters other than a to z. */
    static int tabled(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, twoBack[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }

    /**
     * Whether {@link #withTranspositions} is at most one, without its tables: one pass from the first difference.
     */
    static boolean withinOneEdit(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == n && i == m) {
            return true;
        }
        if (n == m) {
            boolean substitution = a.regionMatches(i + 1, b, i + 1, n - i - 1);
            boolean transposition = i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2);
            return substitution || transposition;
        }
        return n > m ? a.regionMatches(i + 1, b, i, m - i) : b.regionMatches(i + 1, a, i, n - i);
    }
}
