package org.heritagesentinel.simulate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.heritagesentinel.cli.ConfigOption;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.synthetic.TrafficGenerator;
import org.heritagesentinel.synthetic.WatchlistGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sentinel simulate}: a reproducible load generator against any cluster. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Publish a synthetic watchlist and stream realistic declarations (and seizure reports) to a cluster.")
public final class SimulateCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Option(names = "--watchlist-size", defaultValue = "0",
        description = "Publish a watchlist of this many entries first (1000 to 1000000; 0 = none; default: ${DEFAULT-VALUE}).")
    int watchlistSize;
    @Option(names = "--watchlist-to-entries", description = "Write the watchlist straight to the validated entries topic "
        + "(skips validation; for bulk loads) instead of the submissions topic.")
    boolean toEntries;
    @Option(names = "--listed", defaultValue = "0",
        description = "Size of the list suspicious traffic refers to, when the watchlist was published earlier (default: --watchlist-size).")
    int listed;
    @Option(names = "--declarations", defaultValue = "0",
        description = "Records to send (0 = until --duration, or none if neither is set; default: ${DEFAULT-VALUE}).")
    long count;
    @Option(names = "--duration", defaultValue = "PT0S", description = "Send for this ISO-8601 duration, e.g. PT5M.")
    Duration duration;
    @Option(names = "--rate", defaultValue = "0", description = "Records per second (0 = as fast as possible; default: ${DEFAULT-VALUE}).")
    double rate;
    @Option(names = "--suspicious-share", defaultValue = "0.05", description = "Share of suspicious declarations (default: ${DEFAULT-VALUE}).")
    double suspiciousShare;
    @Option(names = "--seizure-share", defaultValue = "0.01", description = "Share of seizure reports among records (default: ${DEFAULT-VALUE}).")
    double seizureShare;
    @Option(names = "--seed", defaultValue = "2026", description = "Seed of watchlist and traffic (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SentinelConfig cfg = config.loadReachable(true);
        Simulator simulator = new Simulator(cfg, new SentinelSerdes(cfg));
        if (watchlistSize > 0) {
            String topic = toEntries ? cfg.topics().watchlistEntries() : cfg.topics().watchlistSubmissions();
            Duration took = simulator.publishWatchlist(topic, watchlistSize, seed);
            out.printf("watchlist: %,d entries to %s in %.1f s%n", watchlistSize, topic, took.toMillis() / 1000.0);
        }
        if (count == 0 && duration.isZero()) {
            return 0;
        }
        int referred = listed > 0 ? listed : Math.max(watchlistSize, 1);
        TrafficGenerator traffic = new TrafficGenerator(seed, suspiciousShare, new WatchlistGenerator(seed), referred);
        long deadline = duration.isZero() ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        Simulator.Sent sent = simulator.stream(traffic, count, rate, seizureShare, () -> System.nanoTime() > deadline,
            Simulator.RecordListener.NONE);
        out.printf("traffic: %,d declarations and %,d seizure reports to %s / %s in %.1f s (%,.0f records/s)%n",
            sent.declarations(), sent.seizures(), cfg.topics().declarations(), cfg.topics().seizures(),
            sent.took().toMillis() / 1000.0, sent.perSecond());
        return 0;
    }
}
