package org.heritagesentinel.alert;

import java.util.List;

import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.config.SentinelConfig;

/**
 * Combines hits into one score 0–100 as independent evidence (1 − Π(1 − sᵢ/100)): two weak hits
 * outrank one, no number of hits exceeds 100, and the result does not depend on hit order.
 */
public final class AlertScorer {
    public record Scored(int score, Severity severity, Lane lane) {
    }

    private final SentinelConfig.Scoring thresholds;

    public AlertScorer(SentinelConfig.Scoring thresholds) {
        this.thresholds = thresholds;
    }

    public Scored score(List<Hit> hits) {
        double clear = 1.0;
        for (Hit hit : hits) {
            clear *= 1.0 - Math.max(0, Math.min(100, hit.getScore())) / 100.0;
        }
        int score = (int) Math.round(100 * (1.0 - clear));
        return new Scored(score, severity(score), lane(score));
    }

    private Severity severity(int score) {
        if (score >= thresholds.criticalFrom()) {
            return Severity.CRITICAL;
        }
        if (score >= thresholds.highFrom()) {
            return Severity.HIGH;
        }
        return score >= thresholds.mediumFrom() ? Severity.MEDIUM : Severity.LOW;
    }

    private Lane lane(int score) {
        if (score >= thresholds.redFrom()) {
            return Lane.RED;
        }
        return score >= thresholds.yellowFrom() ? Lane.YELLOW : Lane.GREEN;
    }
}
