package org.heritagesentinel.screening.party;

import org.heritagesentinel.config.ConfigKey;

/** The score from which screening reports a name match by default: the specs measure the matcher at it. */
final class ScreeningThreshold {
    static final double DEFAULT = Double.parseDouble(ConfigKey.MATCHING_PARTY_THRESHOLD.defaultValue().orElseThrow());

    private ScreeningThreshold() {
    }
}
