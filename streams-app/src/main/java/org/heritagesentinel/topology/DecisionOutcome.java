package org.heritagesentinel.topology;

import org.heritagesentinel.avro.Suppression;

/** What an analyst's decision produced: a pair cleared for the suppression period, or the refused bytes. */
record DecisionOutcome(Suppression suppression, byte[] rawKey, byte[] rawValue) {

    static DecisionOutcome cleared(Suppression suppression) {
        return new DecisionOutcome(suppression, null, null);
    }

    static DecisionOutcome refused(byte[] rawKey, byte[] rawValue) {
        return new DecisionOutcome(null, rawKey, rawValue);
    }

    boolean isRefused() {
        return suppression == null;
    }
}
