package org.heritagesentinel.topology;

import java.util.List;

import org.heritagesentinel.alert.SuppressionPairs;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ScreeningRecord;

/**
 * What one screening emits: at most one alert record, the proof of screening (absent for a
 * withdrawal), and the suppression pairs of the alert's hits (what a dismissal would clear).
 */
record Screened(Alert alert, ScreeningRecord record, List<String> pairs) {

    static Screened of(Alert alert, ScreeningRecord record, CustomsDeclaration declaration) {
        List<String> pairs = alert == null || declaration == null ? List.of()
            : SuppressionPairs.of(alert.getHits(), declaration);
        return new Screened(alert, record, pairs);
    }
}
