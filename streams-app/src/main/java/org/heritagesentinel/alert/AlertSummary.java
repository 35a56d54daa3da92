package org.heritagesentinel.alert;

import java.util.List;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;

/** The one line an analyst reads first: what, where, how bad, why. */
final class AlertSummary {
    private AlertSummary() {
    }

    static String of(String key, CustomsDeclaration declaration, List<Hit> hits, AlertStatus status, AlertScorer.Scored scored) {
        if (status == AlertStatus.RETRACTED) {
            return key + " v" + declaration.getVersion() + ": no remaining hits, alert retracted";
        }
        String route = String.valueOf(declaration.getRoute().getExportCountry()) + "→"
            + String.valueOf(declaration.getRoute().getDestinationCountry());
        String rules = hits.stream().map(h -> h.getRuleType().name()).distinct().collect(Collectors.joining(", "));
        return key + " v" + declaration.getVersion() + " " + declaration.getType() + " " + route + ": score "
            + scored.score() + " " + scored.lane() + " (" + rules + ")";
    }
}
