package org.heritagesentinel.screening.party.quality;

/** Two names and whether they name the same party. */
record LabelledPair(String name1, String name2, boolean match) {
}
