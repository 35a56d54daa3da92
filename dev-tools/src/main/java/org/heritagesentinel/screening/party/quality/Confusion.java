package org.heritagesentinel.screening.party.quality;

import java.util.List;

/** Precision, recall and F1 of scored pairs at one threshold. */
record Confusion(double threshold, int truePositives, int falsePositives, int falseNegatives) {

    static Confusion at(List<ScoredPair> scored, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (ScoredPair s : scored) {
            boolean predicted = s.score() >= threshold;
            if (predicted && s.pair().match()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (s.pair().match()) {
                fn++;
            }
        }
        return new Confusion(threshold, tp, fp, fn);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
