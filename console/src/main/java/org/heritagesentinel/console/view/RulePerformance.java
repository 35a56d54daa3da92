package org.heritagesentinel.console.view;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.Hit;

/**
 * How each rule fares with the analysts of one authority: of the alerts a rule took part in, how many were
 * inspected and seized, inspected and found clean, dismissed, or are not decided yet. The hit rate is
 * seized over decided: the share of a rule's decided alerts that found something.
 */
public record RulePerformance(String rule, int alerts, int seized, int clean, int dismissed) {

    public int undecided() {
        return alerts - seized - clean - dismissed;
    }

    public int decided() {
        return seized + clean + dismissed;
    }

    /** Seized over decided, in percent; empty before any decision. */
    public Optional<Integer> hitRatePercent() {
        return decided() == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * seized / decided()));
    }

    /** One row per rule type that hit, by name; an alert counts once per rule type even with several hits of it. */
    public static List<RulePerformance> of(Collection<CaseFile> files) {
        Map<String, int[]> counts = new TreeMap<>();
        for (CaseFile file : files) {
            Optional<DecisionKind> outcome = file.lastDecision().map(d -> d.getKind());
            for (String rule : file.alert().getHits().stream().map(Hit::getRuleType).map(Enum::name)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new))) {
                int[] c = counts.computeIfAbsent(rule, r -> new int[4]);
                c[0]++;
                outcome.ifPresent(kind -> {
                    switch (kind) {
                        case INSPECTED_SEIZED -> c[1]++;
                        case INSPECTED_CLEAN -> c[2]++;
                        case DISMISSED -> c[3]++;
                        default -> { }
                    }
                });
            }
        }
        return counts.entrySet().stream()
            .map(e -> new RulePerformance(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
            .toList();
    }
}
