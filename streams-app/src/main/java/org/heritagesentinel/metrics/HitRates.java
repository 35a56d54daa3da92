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
public record HitRates(Map<String, Rule> rules, Map<String, Long> missesByLink) {

    /** @param hitRate confirmed ÷ alerted, or null while nothing was alerted; the counts are whole events */
    public record Rule(long alerted, long confirmed, Double hitRate) {
    }

    public static HitRates of(MeterRegistry registry) {
        Map<String, Long> alerted = new TreeMap<>();
        Map<String, Long> confirmed = new TreeMap<>();
        Map<String, Long> misses = new TreeMap<>();
        for (Counter counter : registry.find("sentinel.alert.hits").counters()) {
            alerted.merge(counter.getId().getTag("rule"), Math.round(counter.count()), Long::sum);
        }
        for (Counter counter : registry.find("sentinel.outcomes").counters()) {
            if ("hit".equals(counter.getId().getTag("outcome"))) {
                confirmed.merge(counter.getId().getTag("rule"), Math.round(counter.count()), Long::sum);
            } else {
                misses.merge(String.valueOf(counter.getId().getTag("link")), Math.round(counter.count()), Long::sum);
            }
        }
        Map<String, Rule> rules = new TreeMap<>();
        for (String rule : union(alerted, confirmed)) {
            long a = alerted.getOrDefault(rule, 0L);
            long c = confirmed.getOrDefault(rule, 0L);
            rules.put(rule, new Rule(a, c, a > 0 ? (double) c / a : null));
        }
        return new HitRates(rules, misses);
    }

    private static Iterable<String> union(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> all = new TreeMap<>(a);
        all.putAll(b);
        return all.keySet();
    }
}
