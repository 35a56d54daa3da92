package org.heritagesentinel.screening.party;

/** A part of the declared name aligned with a part of the listed name. */
record AlignedPair(NamePart declared, NamePart listed, PartComparison comparison) {
}
