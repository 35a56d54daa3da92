package org.heritagesentinel.screening.party;

import java.util.List;
import java.util.Set;

/**
 * Scores an alignment: the weight of aligned parts (scaled by how well they agree) against the weight of
 * parts that conflict (a different name where the other side has one) and parts that are simply extra.
 *
 * <p>A missing middle name costs little ({@code extraPartCost}), a different family name costs a lot
 * ({@code conflictPartCost}), and common parts (Mohammed, Trading) weigh less than rare ones either way.
 */
final class AlignmentScore {

    /** Similarities from here up count in full; below, agreement fades to zero at the minimum similarity. */
    private static final double FULL_AGREEMENT = 0.8;

    private final NameMatchingConfig config;

    AlignmentScore(NameMatchingConfig config) {
        this.config = config;
    }

    double score(Alignment alignment, Set<String> declaredForms, Set<String> listedForms) {
        double agreed = 0;
        double total = 0;
        for (AlignedPair pair : alignment.pairs()) {
            double weight = (pair.declared().weight() + pair.listed().weight()) / 2;
            double agreement = agreement(pair.comparison().similarity());
            agreed += weight * agreement;
            total += weight * (agreement + config.conflictPartCost() * (1 - agreement));
        }
        double leftDeclared = weight(alignment.unmatchedDeclared());
        double leftListed = weight(alignment.unmatchedListed());
        total += config.conflictPartCost() * Math.min(leftDeclared, leftListed)
                + config.extraPartCost() * Math.abs(leftDeclared - leftListed);
        if (total <= 0) {
            return 0;
        }
        double score = agreed / total;
        if (!declaredForms.isEmpty() && !listedForms.isEmpty() && disjoint(declaredForms, listedForms)) {
            score *= config.legalFormMismatchFactor();
        }
        return score;
    }

    double agreement(double similarity) {
        if (similarity >= FULL_AGREEMENT) {
            return similarity;
        }
        double floor = config.minPartSimilarity();
        return Math.max(0, (similarity - floor) / (FULL_AGREEMENT - floor)) * FULL_AGREEMENT;
    }

    private static double weight(List<NamePart> parts) {
        double sum = 0;
        for (NamePart part : parts) {
            sum += part.weight();
        }
        return sum;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String form : a) {
            if (b.contains(form)) {
                return false;
            }
        }
        return true;
    }
}
