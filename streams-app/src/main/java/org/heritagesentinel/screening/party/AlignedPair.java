package org.heritagesentinel.screening.party;

/** A part of the declared name aligned with a part of the listed name. */
record AlignedPair(NamePart declared, NamePart listed, PartComparison comparison) {

    /** Both parts are rare (weigh in full) and agree (from {@code fullAgreement} up): a part that identifies somebody. */
    boolean rareAgreement(double fullAgreement) {
        return declared.weight() >= 1.0 && listed.weight() >= 1.0 && comparison.similarity() >= fullAgreement;
    }
}
