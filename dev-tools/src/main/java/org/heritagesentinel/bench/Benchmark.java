package org.heritagesentinel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.heritagesentinel.app.ClusterSetup;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.embedded.EmbeddedCluster;
import org.heritagesentinel.serde.SchemaRegistrar;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.simulate.Simulator;
import org.heritagesentinel.synthetic.TrafficGenerator;
import org.heritagesentinel.synthetic.WatchlistGenerator;

/**
 * One benchmark run on a real broker: the passthrough application, then the screening application
 * once per watchlist size, each in its own JVM, each measured the same way (bootstrap, sustained
 * throughput on a preloaded backlog, latency at fixed rates, heap and RSS); and the retro phase, a
 * bulk import retro-screened against 30 days of declarations ({@link #retro()}).
 */
public final class Benchmark {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    /** How long the write table waits for the sub-topologies behind the repartitions to catch up. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final BenchPlan plan;
    private final EmbeddedCluster stack;
    private final PrintStream progress;
    private final Path workDir;
    private final List<String> extraJvmOptions;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    public Benchmark(BenchPlan plan, EmbeddedCluster stack, PrintStream progress, Path workDir, List<String> extraJvmOptions) {
        this.plan = plan;
        this.stack = stack;
        this.progress = progress;
        this.workDir = workDir;
        this.extraJvmOptions = extraJvmOptions;
    }

    public List<InstanceResult> run() {
        List<InstanceResult> results = new ArrayList<>();
        results.add(instance(-1));
        for (int size : plan.watchlistSizes()) {
            try {
                results.add(instance(size));
            } catch (RuntimeException e) {
                // an instance that cannot run (out of memory, too slow to bootstrap) is itself a result
                progress.printf("[screening-%d] FAILED: %s%n", size, e.getMessage());
                results.add(InstanceResult.failed("screening", size, e.getMessage()));
            }
        }
        return results;
    }

    private InstanceResult instance(int watchlistSize) {
        boolean passthrough = watchlistSize < 0;
        String name = passthrough ? "passthrough" : "screening-" + watchlistSize;
        Map<String, String> values = configValues(name, watchlistSize);
        SentinelConfig config = ConfigLoader.withOverrides(values);
        ClusterSetup.prepare(stack.kafka().adminClientSettings(), stack.registry().confluentCompatUrl(), config);
        String output = passthrough ? "bench." + name + "." + runId + ".out" : config.topics().alerts();
        if (passthrough) {
            createPassthroughOutput(output);
        }
        SentinelSerdes serdes = new SentinelSerdes(config);
        Simulator simulator = new Simulator(config, serdes);
        if (!passthrough && !watchlistPublished(config.topics().watchlistEntries())) {
            Duration took = simulator.publishWatchlist(config.topics().watchlistEntries(), watchlistSize, plan.seed());
            progress.printf("  watchlist of %,d entries published in %.1f s%n", watchlistSize, took.toMillis() / 1000.0);
        }
        int listed = Math.max(1, Math.min(1_000, passthrough ? 1_000 : watchlistSize));
        WatchlistGenerator watchlist = new WatchlistGenerator(plan.seed());
        Simulator.Sent preload = simulator.stream(new TrafficGenerator(plan.seed(), 0.05, watchlist, listed), plan.backlog(), 0, 0,
            () -> false, Simulator.RecordListener.NONE);
        progress.printf("[%s] backlog of %,d declarations preloaded (%,.0f/s)%n", name, preload.declarations(), preload.perSecond());

        // before the application starts: its id is new, so everything it commits from here on is this phase's
        Map<String, WriteAmplification.TopicSize> topicsBefore = topicSizes();
        try (AppGroup app = startApp(name, values, passthrough ? BenchApp.PASSTHROUGH : BenchApp.SCREENING, output,
            Math.max(0, watchlistSize))) {
            AppProcess.Ready ready = awaitGroupAndResume(app, config, name);
            List<Long> heapBoot = app.heapAfterGc();
            progress.printf("[%s] running after %.1f s (watchlist index complete after %.1f s, %,d entries), heap after GC %s%n",
                name, ready.runningMs() / 1000.0, ready.indexMs() / 1000.0, ready.entries(), AppGroup.megabytes(heapBoot));
            CpuSample cpuBefore = app.cpu();
            long committedBefore = committedDeclarations(config);
            Throughput throughput = throughput(config);
            CpuSample.print(progress, name, app.size(), cpuBefore, app.cpu(), committedDeclarations(config) - committedBefore);
            if (app.size() > 1) {
                progress.printf("[%s] active tasks per instance after the backlog: %s%n", name, app.activeTasks());
            }
            if (!repartitionsConsumed(config)) {
                progress.printf("[%s] repartitions not consumed within %d s: the stores behind them are undercounted%n", name,
                    DRAIN_TIMEOUT.toSeconds());
            }
            double offsetsPerDeclaration = printWrites(config, name, topicsBefore);
            long backlogOutputs = countCommitted(output);
            progress.printf("[%s] sustained throughput %,.0f declarations/s%s; %,d outputs so far%n", name, throughput.perSecond(),
                throughput.drained() ? "" : " (backlog not consumed within " + plan.throughputSeconds() + " s: no latency phases)",
                backlogOutputs);
            List<InstanceResult.LatencyResult> latencies = new ArrayList<>();
            // the probe times alerts: an empty list raises none
            boolean measureLatency = throughput.drained() && watchlistSize != 0
                && (plan.latencyAllSizes() || passthrough || watchlistSize == plan.smallestList());
            if (watchlistSize == 0) {
                progress.printf("[%s] no latency phases: they time alerts, and an empty list raises none%n", name);
            }
            for (int rate : measureLatency ? plan.rates() : List.<Integer>of()) {
                latencies.add(latency(simulator, watchlist, listed, config.bootstrapServers(), output, rate, name));
            }
            List<Long> heapEnd = app.heapAfterGc();
            if (app.size() > 1) {
                progress.printf("[%s] heap after GC at the end %s%n", name, AppGroup.megabytes(heapEnd));
            }
            return new InstanceResult(passthrough ? "passthrough" : "screening", watchlistSize, ready.runningMs(), ready.indexMs(),
                ready.entries(), throughput.perSecond(), throughput.drained(), AppGroup.largest(heapBoot), AppGroup.largest(heapEnd), app.peakRssBytes(),
                latencies, backlogOutputs, offsetsPerDeclaration, null);
        }
    }

    /**
     * The retro phase: a screening instance without a list screens declarations accepted over the last
     * 30 days; then a bulk import arrives whose entries those declarations partly name ({@link RetroImport}).
     */
    public RetroResult retro() {
        try {
            return retroInstance();
        } catch (RuntimeException e) {
            progress.printf("[retro] FAILED: %s%n", e.getMessage());
            return RetroResult.failed(plan.retroImport(), plan.retroDeclarations(), e.getMessage());
        }
    }

    private RetroResult retroInstance() {
        String name = "retro";
        Map<String, String> values = configValues(name, 0);
        values.put("retro.max-alerts-per-import", String.valueOf(plan.retroAlertCap()));
        values.put("retro.import-quiet-period", RetroImport.QUIET_PERIOD.toString());
        SentinelConfig config = ConfigLoader.withOverrides(values);
        ClusterSetup.prepare(stack.kafka().adminClientSettings(), stack.registry().confluentCompatUrl(), config);
        SentinelSerdes serdes = new SentinelSerdes(config);
        Simulator simulator = new Simulator(config, serdes);
        TrafficGenerator traffic = new TrafficGenerator(plan.seed() + 30, 0.05, new WatchlistGenerator(plan.seed()), plan.retroImport(),
            "BENCH-RETRO");
        Simulator.Sent sent = simulator.backdated(traffic, plan.retroDeclarations(), config.retro().window().minusHours(1));
        progress.printf("[%s] %,d declarations of the last 30 days preloaded (%,.0f/s)%n", name, sent.declarations(), sent.perSecond());
        try (AppGroup app = startApp(name, values, BenchApp.SCREENING, config.topics().alerts(), 0);
             Admin admin = stack.admin()) {
            awaitGroupAndResume(app, config, name);
            String declarations = config.topics().declarations();
            Offsets.awaitCommitted(admin, config.applicationId(), declarations, Offsets.end(admin, declarations), RetroImport.TIMEOUT);
            progress.printf("[%s] declarations screened; publishing an import of %,d entries%n", name, plan.retroImport());
            return new RetroImport(config, serdes, simulator, plan, admin).run(app, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("retro phase: " + e, e);
        }
    }

    /**
     * Waits for the stream threads of every instance (started paused) to form the consumer group, then lets
     * them process together and waits until each runs: a phase measures the group, not one instance that
     * started first, and the tasks are spread at once (none has state the others would have to catch up on).
     */
    private AppProcess.Ready awaitGroupAndResume(AppGroup app, SentinelConfig config, String name) {
        int members = plan.streamThreadsInAll();
        boolean formed = withAdmin("cannot describe the group " + config.applicationId(), admin -> GroupFormation.await(admin,
            config.applicationId(), config.topics().declarations(), members, READY_TIMEOUT, app::allAlive));
        if (!formed) {
            progress.printf("[%s] consumer group not stable with %d members within %d s: measured as it is%n", name, members,
                READY_TIMEOUT.toSeconds());
        }
        app.resume();
        return app.awaitReady(READY_TIMEOUT);
    }

    /**
     * The application's JVMs: one per instance of the plan, all with the same configuration (one application
     * id), each with its own state directory, log and JFR file ({@code name}, or {@code name-1}, {@code name-2}...).
     */
    private AppGroup startApp(String name, Map<String, String> values, String mode, String output, int watchlistSize) {
        Path configFile = writeConfig(name, values);
        return AppGroup.start(plan.instances(), instance -> {
            String jvmName = plan.instances() == 1 ? name : name + "-" + instance;
            List<String> args = new ArrayList<>(List.of(mode, configFile.toString(), directory(jvmName + "-state").toString(), output,
                String.valueOf(watchlistSize)));
            List<String> jvm = new ArrayList<>(List.of("-Xmx" + plan.appHeap(), "-Xms64m"));
            jvm.addAll(extraJvmOptions.stream().map(o -> o.replace("{app}", jvmName)).toList());
            return AppProcess.start(jvm, args, workDir.resolve(jvmName + ".log"));
        });
    }

    private Map<String, String> configValues(String name, int watchlistSize) {
        Map<String, String> values = new HashMap<>();
        values.put("application.id", "bench-" + name + "-" + runId);
        values.put("kafka.bootstrap.servers", stack.kafka().bootstrapServers());
        values.put("registry.url", stack.registry().apiUrl());
        values.put("topics.partitions", String.valueOf(plan.partitions()));
        values.put("topics.replication-factor", "1");
        values.put("http.port", "0");
        values.put("topics.declarations", "bench." + name + "." + runId + ".declarations");
        values.put("topics.alerts", "bench." + name + "." + runId + ".alerts");
        values.put("topics.watchlist-submissions", "bench." + name + "." + runId + ".submissions");
        values.put("topics.watchlist-entries", "bench.watchlist." + Math.max(0, watchlistSize) + "." + runId);
        values.put("kafka.commit.interval.ms", String.valueOf(plan.commitIntervalMs()));
        values.put("kafka.num.stream.threads", String.valueOf(plan.streamThreads()));
        return values;
    }

    /** What the bench asks of the cluster, through an admin client of its own. */
    @FunctionalInterface
    private interface AdminCall<T> {
        T apply(Admin admin) throws Exception;
    }

    private <T> T withAdmin(String failure, AdminCall<T> call) {
        try (Admin admin = stack.admin()) {
            return call.apply(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(failure + ": " + e, e);
        }
    }

    private Map<String, WriteAmplification.TopicSize> topicSizes() {
        return withAdmin("cannot read the topic sizes", WriteAmplification::snapshot);
    }

    /** Whether the application consumed its repartitions, so its writes are complete for the declarations counted. */
    private boolean repartitionsConsumed(SentinelConfig config) {
        return withAdmin("cannot read the offsets of " + config.applicationId(), admin ->
            Offsets.awaitRepartitionsConsumed(admin, config.bootstrapServers(), config.applicationId(), DRAIN_TIMEOUT));
    }

    /**
     * Prints what the application wrote, from its start to the end of the throughput phase, per
     * declaration it committed (bootstrap writes, if any, are in the table as their own topics); returns
     * the total offsets per declaration.
     */
    private double printWrites(SentinelConfig config, String name, Map<String, WriteAmplification.TopicSize> before) {
        String input = config.topics().declarations();
        return withAdmin("cannot read the topic sizes", admin -> {
            Map<String, WriteAmplification.TopicSize> after = WriteAmplification.snapshot(admin);
            long declarations = Offsets.sum(Offsets.committed(admin, config.applicationId(), input));
            List<WriteAmplification.Row> rows = WriteAmplification.between(before, after, input, declarations);
            WriteAmplification.print(progress, name, declarations, rows);
            return WriteAmplification.totalOffsets(rows);
        });
    }

    /** Input declarations the application has committed so far. */
    private long committedDeclarations(SentinelConfig config) {
        return withAdmin("cannot read the offsets of " + config.applicationId(), admin ->
            Offsets.sum(Offsets.committed(admin, config.applicationId(), config.topics().declarations())));
    }

    /** Sustained rate and whether the backlog was consumed within the plan's window. */
    private record Throughput(double perSecond, boolean drained) {
    }

    /**
     * Sustained rate: committed input offsets sampled from the start of the phase (every instance runs by then;
     * what was committed before is left out) until the backlog is consumed, or for at most the plan's window
     * (a slow configuration must not hold the run for an hour).
     */
    private Throughput throughput(SentinelConfig config) {
        String appId = config.applicationId();
        String topic = config.topics().declarations();
        return withAdmin("cannot read the offsets of " + appId, admin -> {
            long target = Offsets.sum(Offsets.end(admin, topic));
            long startedAt = System.nanoTime();
            long startOffsets = Offsets.sum(Offsets.committed(admin, appId, topic));
            long deadline = startedAt + TimeUnit.SECONDS.toNanos(plan.throughputSeconds());
            long committed = startOffsets;
            while (true) {
                TimeUnit.MILLISECONDS.sleep(100);
                long previous = committed;
                committed = Offsets.sum(Offsets.committed(admin, appId, topic));
                long now = System.nanoTime();
                boolean drained = committed >= target;
                if (drained || (now > deadline && committed > previous)) {
                    return new Throughput((committed - startOffsets) / ((now - startedAt) / 1e9), drained);
                }
            }
        });
    }

    private InstanceResult.LatencyResult latency(Simulator simulator, WatchlistGenerator watchlist, int listed, String bootstrap,
                                                 String output, int rate, String name) {
        String tag = "BENCH-L" + rate;
        try (LatencyProbe probe = new LatencyProbe(bootstrap, output, ":" + tag + ":")) {
            TrafficGenerator traffic = new TrafficGenerator(plan.seed() + rate, 1.0, watchlist, listed, tag);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(plan.latencySeconds());
            Simulator.Sent sent = simulator.stream(traffic, 0, rate, 0, () -> System.nanoTime() > end, probe::sent);
            long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(10, plan.latencySeconds() * 3L));
            long last = -1;
            long lastChange = System.nanoTime();
            while (probe.received() < sent.declarations() && System.nanoTime() < drainUntil) {
                if (probe.received() != last) {
                    last = probe.received();
                    lastChange = System.nanoTime();
                } else if (System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(5)) {
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            LatencyProbe.Percentiles p = probe.percentiles(plan.warmupSeconds() * rate);
            InstanceResult.LatencyResult result = new InstanceResult.LatencyResult(rate, sent.declarations(), sent.perSecond(),
                probe.received(), p);
            progress.printf("[%s] %,d/s: sent %,d (%,.0f/s), outputs %,d; p50 %d ms, p99 %d ms, p99.9 %d ms, max %d ms%n", name,
                rate, sent.declarations(), sent.perSecond(), probe.received(), p.p50(), p.p99(), p.p999(), p.max());
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private boolean watchlistPublished(String topic) {
        return withAdmin("cannot read offsets of " + topic, admin -> Offsets.sum(Offsets.end(admin, topic)) > 0);
    }

    /** Records visible to a read_committed consumer (offsets overcount: transaction markers take offsets too). */
    private long countCommitted(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }

    private void createPassthroughOutput(String topic) {
        withAdmin("cannot create " + topic,
            admin -> admin.createTopics(List.of(new NewTopic(topic, plan.partitions(), (short) 1))).all().get(30, TimeUnit.SECONDS));
        new SchemaRegistrar(stack.registry().confluentCompatUrl()).register(new SchemaRegistrar.Contract(topic + "-value",
            CustomsDeclaration.getClassSchema(), TopicContract.Compatibility.BACKWARD_TRANSITIVE));
    }

    private Path writeConfig(String name, Map<String, String> values) {
        Path file = workDir.resolve(name + ".properties");
        Properties props = new Properties();
        props.putAll(values);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(writer, "benchmark instance " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private Path directory(String name) {
        try {
            return Files.createDirectories(workDir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
