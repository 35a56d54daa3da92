package org.heritagesentinel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.synthetic.WatchlistGenerator;
import org.heritagesentinel.topology.SentinelTopology;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * What a watchlist of N entries costs the screening JVM: the time to index it (generation not
 * counted; wall clock and CPU time of the indexing thread, since the wall clock depends on how busy
 * the machine is) and the live heap after a full GC, with the parts the application builds around the
 * index (matchers, caches). Runs without Kafka, so it can be profiled and repeated cheaply.
 * {@code main(size)}.
 */
public final class IndexFootprint {
    private static final long MB = 1024 * 1024;

    private IndexFootprint() {
    }

    /** Figures of one build; the heap figures are used heap after a full GC. */
    public record Figures(int entries, double buildSeconds, double buildCpuSeconds, long heapBeforeBytes, long heapAfterBytes,
                          String loadBefore, String loadAfter) {
        long indexBytes() {
            return heapAfterBytes - heapBeforeBytes;
        }
    }

    public static Figures measure(int entries, long seed) {
        SentinelTopology.Parts parts = ScreeningParts.create(ConfigLoader.withOverrides(Map.of()),
            new SentinelSerdes("http://127.0.0.1:1/unused", Map.of()), new SentinelMetrics(new SimpleMeterRegistry()));
        WatchlistIndex index = parts.index();
        WatchlistGenerator watchlist = new WatchlistGenerator(seed);
        String loadBefore = Machine.loadAverage();
        long heapBefore = liveHeap();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long building = 0;
        long buildingCpu = 0;
        for (int i = 0; i < entries; i++) {
            WatchlistEntry entry = watchlist.entry(i);
            long started = System.nanoTime();
            long startedCpu = threads.getCurrentThreadCpuTime();
            index.upsert(entry);
            buildingCpu += threads.getCurrentThreadCpuTime() - startedCpu;
            building += System.nanoTime() - started;
        }
        long heapAfter = liveHeap();
        Reference.reachabilityFence(parts);
        return new Figures(index.size(), building / 1e9, buildingCpu / 1e9, heapBefore, heapAfter, loadBefore, Machine.loadAverage());
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.heritagesentinel.avro");
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Figures f = measure(entries, 2026);
        System.out.printf("entries %,d: indexed in %.1f s (%.1f s CPU of the indexing thread); live heap after GC %,d MB (index %,d MB, %,d bytes per entry);"
                + " load average %s -> %s%n",
            f.entries(), f.buildSeconds(), f.buildCpuSeconds(), f.heapAfterBytes() / MB, f.indexBytes() / MB,
            f.indexBytes() / Math.max(1, f.entries()), f.loadBefore(), f.loadAfter());
    }
}
