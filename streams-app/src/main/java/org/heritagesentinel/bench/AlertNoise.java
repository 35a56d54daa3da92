package org.heritagesentinel.bench;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.simulate.TrafficGenerator;
import org.heritagesentinel.simulate.WatchlistGenerator;
import org.heritagesentinel.topology.SentinelTopology;

/**
 * Alert noise: alerts per 1,000 clean declarations screened against a large generated watchlist
 * full of common names — the real limit on an analyst's capacity. Every alert here is a false
 * positive by construction (the traffic has no suspicious share). Prints the figure, the RED
 * share and the rules that fired.
 * <p>Usage: {@code AlertNoise [watchlistEntries=50000] [declarations=5000] [seed=2026]}
 */
public final class AlertNoise {
    private AlertNoise() {
    }

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.heritagesentinel.avro");
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int declarations = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        SentinelConfig config = ConfigLoader.defaultsOnly();
        SentinelTopology.Parts parts = ScreeningParts.create(config, InternalAvroSerde::new,
            new SentinelMetrics(new SimpleMeterRegistry()));
        WatchlistGenerator watchlist = new WatchlistGenerator(seed);
        for (int i = 0; i < entries; i++) {
            parts.index().upsert(watchlist.entry(i));
        }
        TrafficGenerator traffic = new TrafficGenerator(seed + 1, 0.0, watchlist, Math.min(entries, 1_000));
        AlertScorer scorer = new AlertScorer(config.scoring());
        Instant now = Instant.now();
        int alerts = 0;
        int red = 0;
        Map<String, Integer> rules = new TreeMap<>();
        for (int i = 0; i < declarations; i++) {
            CustomsDeclaration declaration = traffic.declaration(now);
            ScreeningResult result = parts.screener().screen(
                new ScreeningSubject(RecordKeys.declaration(declaration), declaration, now), now);
            if (!result.clean()) {
                alerts++;
                if (scorer.score(result.hits()).lane() == Lane.RED) {
                    red++;
                }
                for (Hit hit : result.hits()) {
                    rules.merge(hit.getRuleType().name(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("watchlist %,d entries, %,d clean declarations: %.1f alerts per 1,000 (RED share %.0f%%); hits by rule %s%n",
            entries, declarations, 1000.0 * alerts / declarations, alerts == 0 ? 0.0 : 100.0 * red / alerts, rules);
    }
}
