package org.heritagesentinel.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.synthetic.TrafficGenerator;
import org.heritagesentinel.synthetic.WatchlistGenerator;
import org.heritagesentinel.topology.SentinelTopology;

/**
 * Alert noise: alerts per 1,000 clean declarations screened against a large generated watchlist
 * full of common names — the real limit on an analyst's capacity. Every alert here is a false
 * positive by construction (the traffic has no suspicious share); they are split into exact
 * namesakes and false positives of the matcher (see {@link NoiseTally}). The same run screens
 * declarations that name listed parties as declarants write them, so that quietness is never bought
 * with missed parties.
 * <p>Usage: {@code AlertNoise [watchlistEntries=50000] [declarations=5000] [seed=2026] [listedParties=1000] [shown=0]
 * [key=value ...]}; each {@code key=value} overrides one configuration default (for instance
 * {@code matching.party.threshold=0.85}) to show what another operating point costs and saves.
 */
public final class AlertNoise {
    private static final int POSITIONAL = 5;

    private AlertNoise() {
    }

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.heritagesentinel.avro");
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int declarations = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        int listedParties = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int shown = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        SentinelConfig config = ConfigLoader.withOverrides(overrides(args));
        SentinelTopology.Parts parts = ScreeningParts.create(config, InternalAvroSerde::new,
            new SentinelMetrics(new SimpleMeterRegistry()));
        WatchlistGenerator watchlist = new WatchlistGenerator(seed);
        for (int i = 0; i < entries; i++) {
            parts.index().upsert(watchlist.entry(i));
        }
        TrafficGenerator traffic = new TrafficGenerator(seed + 1, 0.0, watchlist, Math.min(entries, 1_000));
        AlertScorer scorer = new AlertScorer(config.scoring());
        Instant now = Instant.now();
        NoiseTally noise = new NoiseTally(new PartyNameMatcher(NameMatchingConfig.defaults()), shown);
        for (int i = 0; i < declarations; i++) {
            ScreeningResult result = screen(parts, traffic.declaration(now), now);
            noise.add(result.hits(), result.clean() ? null : scorer.score(result.hits()).lane());
        }
        System.out.printf(Locale.ROOT, "watchlist %,d entries (seed %d), ", entries, seed);
        System.out.print(noise.report());
        reportFound(parts, watchlist, traffic, entries, listedParties, seed, now, false,
            "listed parties as declarants write them (listed identifier or none)");
        reportFound(parts, watchlist, traffic, entries, listedParties, seed, now, true,
            "listed parties declaring a tax number the listing does not know");
    }

    /** The {@code key=value} arguments after the positional ones. */
    private static Map<String, String> overrides(String[] args) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = POSITIONAL; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected key=value after the first " + POSITIONAL + " arguments: " + args[i]);
            }
            overrides.put(args[i].substring(0, equals), args[i].substring(equals + 1));
        }
        if (!overrides.isEmpty()) {
            System.out.println("configuration overrides " + overrides);
        }
        return overrides;
    }

    private static void reportFound(SentinelTopology.Parts parts, WatchlistGenerator watchlist, TrafficGenerator traffic,
                                    int entries, int listedParties, long seed, Instant now, boolean newIdentifier, String label) {
        SplittableRandom pick = new SplittableRandom(seed + 2);
        int found = 0;
        int tried = 0;
        for (int i = 0; i < listedParties; i++) {
            int index = pick.nextInt(entries);
            if (WatchlistGenerator.kindOf(index) != EntryKind.PARTY) {
                continue;
            }
            tried++;
            String entryId = WatchlistGenerator.entryId(index);
            ScreeningResult result = screen(parts, traffic.declarationNaming(watchlist.entry(index), now, newIdentifier), now);
            if (result.hits().stream().map(Hit::getEntryId).anyMatch(entryId::equals)) {
                found++;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d of %,d found (%.1f%%)%n",
            label, found, tried, tried == 0 ? 0.0 : 100.0 * found / tried);
    }

    private static ScreeningResult screen(SentinelTopology.Parts parts, CustomsDeclaration declaration, Instant now) {
        return parts.screener().screen(new ScreeningSubject(RecordKeys.declaration(declaration), declaration, now), now);
    }
}
