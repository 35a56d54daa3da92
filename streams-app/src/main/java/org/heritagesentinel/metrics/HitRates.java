package org.heritagesentinel.metrics;

import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hit rate per rule as this instance counted it since it started: of the rule hits in emitted
 * alerts, how many belonged to a shipment later seized (confirmed); and the seized shipments no
 * alert flagged (misses), by how they were linked. Fleet-wide figures: sum the Prometheus series.
 */
public record HitRates(Map<String, Rule> rules, Map<String, Double> missesByLink) {

    /** @param hitRate confirmed ÷ alerted, or null while nothing was alerted */
    public record Rule(double alerted, double confirmed, Double hitRate) {
    }

    public static HitRates of(MeterRegistry registry) {
        Map<String, Double> alerted = new TreeMap<>();
        Map<String, Double> confirmed = new TreeMap<>();
        Map<String, Double> misses = new TreeMap<>();
        for (Counter counter : registry.find("sentinel.alert.hits").counters()) {
            alerted.merge(counter.getId().getTag("rule"), counter.count(), Double::sum);
        }
        for (Counter counter : registry.find("sentinel.outcomes").counters()) {
            if ("hit".equals(counter.getId().getTag("outcome"))) {
                confirmed.merge(counter.getId().getTag("rule"), counter.count(), Double::sum);
            } else {
                misses.merge(String.valueOf(counter.getId().getTag("link")), counter.count(), Double::sum);
            }
        }
        Map<String, Rule> rules = new TreeMap<>();
        for (String rule : union(alerted, confirmed)) {
            double a = alerted.getOrDefault(rule, 0.0);
            double c = confirmed.getOrDefault(rule, 0.0);
            rules.put(rule, new Rule(a, c, a > 0 ? c / a : null));
        }
        return new HitRates(rules, misses);
    }

    private static Iterable<String> union(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> all = new TreeMap<>(a);
        all.putAll(b);
        return all.keySet();
    }
}
