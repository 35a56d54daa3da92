package org.heritagesentinel.screening.party;

/** A part of the declared name aligned with a part of the listed name. */
record AlignedPair(NamePart declared, NamePart listed, PartComparison comparison) {

    /** Similarities from here up count in full as agreement (see {@link AlignmentScore#agreement}). */
    static final double FULL_AGREEMENT = 0.8;

    /** Both parts are rare (weigh in full) and agree: a part that identifies somebody. */
    boolean rareAgreement() {
        return declared.weight() >= 1.0 && listed.weight() >= 1.0 && comparison.similarity() >= FULL_AGREEMENT;
    }
}
