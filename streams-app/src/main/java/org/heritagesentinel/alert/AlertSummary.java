package org.heritagesentinel.alert;

import java.util.List;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Hit;

/** The one line an analyst reads first: what, where, how bad, why. */
final class AlertSummary {
    private AlertSummary() {
    }

    static String of(AlertSubject subject, List<Hit> hits, AlertStatus status, AlertScorer.Scored scored) {
        if (status == AlertStatus.RETRACTED) {
            return subject.key() + " v" + subject.version() + ": no remaining hits, alert retracted";
        }
        String rules = hits.stream().map(h -> h.getRuleType().name()).distinct().collect(Collectors.joining(", "));
        return subject.key() + " v" + subject.version() + " " + subject.description() + ": score "
            + scored.score() + " " + scored.lane() + " (" + rules + ")";
    }
}
