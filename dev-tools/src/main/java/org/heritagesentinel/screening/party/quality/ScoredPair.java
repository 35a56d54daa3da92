package org.heritagesentinel.screening.party.quality;

/** A labelled pair with the matcher's score. */
record ScoredPair(LabelledPair pair, double score) {
}
