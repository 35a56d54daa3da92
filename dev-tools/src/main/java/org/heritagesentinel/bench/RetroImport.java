package org.heritagesentinel.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.retro.ImportBatches;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.simulate.Simulator;

/**
 * One bulk import measured against a screening application that has screened its recent declarations:
 * the entries go to the submissions topic with one import-batch header (as {@code sentinel watchlist import}
 * sends them); the retro work is complete when the application has committed, on its broadcast topic,
 * past the last watchlist change the import produced. Then the summaries of what the cap held back are awaited.
 */
final class RetroImport {
    /** {@code retro.import-quiet-period} of the retro phase: short, so that the run need not wait a minute for the summaries. */
    static final Duration QUIET_PERIOD = Duration.ofSeconds(5);
    /** The application checks for quiet imports every 10 s; one more commit and a margin on top. */
    private static final Duration SUMMARY_WAIT = QUIET_PERIOD.plusSeconds(20);
    private static final String BROADCAST_TOPIC = "watchlist-changes-broadcast-repartition";
    /** Longest wait for the application to screen the declarations, and again for the import. */
    static final Duration TIMEOUT = Duration.ofMinutes(60);

    private final SentinelConfig config;
    private final SentinelSerdes serdes;
    private final Simulator simulator;
    private final BenchPlan plan;
    private final Admin admin;

    RetroImport(SentinelConfig config, SentinelSerdes serdes, Simulator simulator, BenchPlan plan, Admin admin) {
        this.config = config;
        this.serdes = serdes;
        this.simulator = simulator;
        this.plan = plan;
        this.admin = admin;
    }

    RetroResult run(AppGroup app, PrintStream progress) throws Exception {
        String appId = config.applicationId();
        String submissions = config.topics().watchlistSubmissions();
        String broadcast = appId + "-" + BROADCAST_TOPIC;
        List<Header> batch = List.of(new RecordHeader(ImportBatches.HEADER,
            ImportBatches.newBatchId().getBytes(StandardCharsets.UTF_8)));
        try (RetroAlerts alerts = new RetroAlerts(config.bootstrapServers(), config.topics().alerts(),
            serdes.value(Alert.class).deserializer())) {
            double cpuBefore = app.cpuSeconds();
            long started = System.nanoTime();
            Duration published = simulator.publishWatchlist(submissions, plan.retroImport(), plan.seed(), batch);
            // the submissions producer is not transactional: its end offsets are exact
            Offsets.awaitCommitted(admin, appId, submissions, Offsets.end(admin, submissions), TIMEOUT);
            // every change the import produced is on the broadcast topic now (written in the same transactions)
            Map<TopicPartition, Long> changes = Offsets.afterLastRecord(config.bootstrapServers(), broadcast);
            Offsets.awaitCommitted(admin, appId, broadcast, changes, TIMEOUT);
            long completeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            progress.printf("[retro] import of %,d published in %.1f s, retro-screened after %.1f s; %,d retro alerts so far%n",
                plan.retroImport(), published.toMillis() / 1000.0, completeMs / 1000.0, alerts.retro());
            TimeUnit.NANOSECONDS.sleep(SUMMARY_WAIT.toNanos());
            double cpu = app.cpuSeconds() - cpuBefore;
            List<Long> heap = app.heapAfterGc();
            progress.printf("[retro] %,d retro alerts, %,d summary alerts; application CPU %.1f s%s, heap after GC %s%n", alerts.retro(),
                alerts.summaries(), cpu, app.size() > 1 ? " (the " + app.size() + " instances together)" : "", AppGroup.megabytes(heap));
            return new RetroResult(plan.retroImport(), plan.retroDeclarations(), published.toMillis(), completeMs, alerts.retro(),
                alerts.summaries(), cpu, AppGroup.largest(heap), app.peakRssBytes(), null);
        }
    }
}
