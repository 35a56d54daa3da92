package org.heritagesentinel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.synthetic.TrafficGenerator;
import org.heritagesentinel.synthetic.WatchlistGenerator;
import org.heritagesentinel.topology.SentinelTopology;

/**
 * The screening work alone, without Kafka: index a generated watchlist, then screen generated
 * declarations on one thread. Separates the cost of matching from the cost of the pipeline, and is
 * what to run under a profiler. {@code main(size, declarations)}.
 */
public final class InProcessScreening {
    private InProcessScreening() {
    }

    /** Figures of one in-process run. */
    /** Rates per wall-clock second and per CPU-second of the screening thread (the latter does not depend on the machine's load). */
    public record Figures(int entries, double indexSeconds, double declarationsPerSecond, double declarationsPerCpuSecond,
                          double alertShare) {
    }

    public static Figures measure(int entries, int declarations, long seed) {
        SentinelConfig config = ConfigLoader.withOverrides(Map.of());
        SentinelTopology.Parts parts = ScreeningParts.create(config, new SentinelSerdes("http://127.0.0.1:1/unused", Map.of()),
            new SentinelMetrics(new SimpleMeterRegistry()));
        WatchlistGenerator watchlist = new WatchlistGenerator(seed);
        long started = System.nanoTime();
        for (int i = 0; i < entries; i++) {
            parts.index().upsert(watchlist.entry(i));
        }
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        TrafficGenerator traffic = new TrafficGenerator(seed, 0.05, watchlist, Math.min(entries, 1_000));
        Instant now = Instant.now();
        List<CustomsDeclaration> batch = new ArrayList<>();
        for (int i = 0; i < declarations; i++) {
            batch.add(traffic.declaration(now));
        }
        int warmup = Math.min(declarations / 5, 2_000);
        for (int i = 0; i < warmup; i++) {
            screen(parts, batch.get(i), now);
        }
        int alerted = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startedCpu = threads.getCurrentThreadCpuTime();
        started = System.nanoTime();
        for (int i = warmup; i < declarations; i++) {
            if (!screen(parts, batch.get(i), now)) {
                alerted++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        int measured = declarations - warmup;
        return new Figures(entries, indexSeconds, measured / seconds, measured / cpuSeconds, (double) alerted / Math.max(1, measured));
    }

    private static boolean screen(SentinelTopology.Parts parts, CustomsDeclaration declaration, Instant now) {
        return parts.screener().screen(new ScreeningSubject(RecordKeys.declaration(declaration), declaration, now), now).clean();
    }

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.heritagesentinel.avro");
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int declarations = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Figures f = measure(entries, declarations, 2026);
        System.out.printf("entries %,d: indexed in %.1f s; screening %,.0f declarations/s on one thread (%,.0f per CPU-second);"
                + " %.1f%% alerted; load average %s%n",
            f.entries(), f.indexSeconds(), f.declarationsPerSecond(), f.declarationsPerCpuSecond(), f.alertShare() * 100,
            Machine.loadAverage());
    }
}
