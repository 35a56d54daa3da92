package org.heritagesentinel.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with the Zipf–Mandelbrot law p(r) ∝ 1 / (r + 1 + offset): family names (and words)
 * of a population follow it, a frequent head and a long tail where most names are rare but together
 * weigh a lot. The offset flattens the head, so the most frequent name has a share of a percent or so
 * rather than a tenth.
 */
final class ZipfRanks {
    private final double[] cumulative;

    ZipfRanks(int n, double offset) {
        if (n <= 0 || offset < 0) {
            throw new IllegalArgumentException("n must be positive and offset not negative: " + n + ", " + offset);
        }
        cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1 + offset);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
    }

    int next(SplittableRandom random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at >= 0 ? at + 1 : -at - 1);
    }
}
