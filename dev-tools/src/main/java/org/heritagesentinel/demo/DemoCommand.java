package org.heritagesentinel.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.ClusterSetup;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.cli.SentinelExtension;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.cli.AlertConsole;
import org.heritagesentinel.synthetic.SampleWatchlist;
import org.heritagesentinel.embedded.EmbeddedCluster;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.synthetic.TrafficGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sentinel demo}: everything on this machine — a real KRaft broker, a real Apicurio Registry,
 * the application, a sample watchlist, synthetic traffic and a scripted scenario — with alerts printed
 * as they happen. The console carries the product's lines only; the log goes to a file it names.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Start an embedded broker and registry, stream synthetic declarations and a scripted scenario, print live"
        + " alerts. Ctrl-C stops.")
public final class DemoCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    @Option(names = "--rate", defaultValue = "20", description = "Background declarations per second (default: ${DEFAULT-VALUE}).")
    int rate;
    @Option(names = "--suspicious-share", defaultValue = "0.02",
        description = "Share of suspicious background declarations (default: ${DEFAULT-VALUE}).")
    double suspiciousShare;
    @Option(names = "--seed", defaultValue = "2026", description = "Seed of the traffic generator (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--duration", defaultValue = "PT0S",
        description = "Stop after this ISO-8601 duration, e.g. PT2M (default: run until Ctrl-C).")
    Duration duration;
    @Option(names = "--scenario-pace", defaultValue = "PT3S",
        description = "Time between two steps of the scripted scenario (default: ${DEFAULT-VALUE}).")
    Duration scenarioPace;
    @Option(names = "--escalate-red-after", defaultValue = "PT30S",
        description = "alerts.escalate-red-after of the demo, short so that an escalation shows (default: ${DEFAULT-VALUE}).")
    Duration escalateRedAfter;
    @Option(names = "--properties", defaultValue = "demo.properties",
        description = "Where to write the configuration the other commands use against the demo (default: ${DEFAULT-VALUE}).")
    Path propertiesFile;

    /** Started once screening is live, each printing its address: the analysts' console joins here. */
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final LiveCounts counts = new LiveCounts();
    private final AlertBoard board = new AlertBoard();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path logFile = Path.of(System.getProperty("java.io.tmpdir"),
            "sentinel-demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log");
        DemoLog.toFile(logFile);
        out.println("Heritage Sentinel demo. Full log: " + logFile);
        out.println("Starting an embedded Kafka broker (KRaft) and Apicurio Registry...");
        Path stateDir = Files.createTempDirectory("sentinel-demo-state-");
        List<AutoCloseable> started = new ArrayList<>();
        Thread main = Thread.currentThread();
        // Ctrl-C: the JVM exits once its hooks return, so the hook waits for the main thread to have stopped everything
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            main.interrupt();
            awaitQuietly(stopped, Duration.ofMinutes(1));
        }, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run(out, stateDir, started);
        } catch (InterruptedException ctrlC) {
            return 130;
        } catch (Exception e) {
            log.error("Demo failed", e);
            out.println("The demo stopped: " + e.getMessage() + " (details in " + logFile + ")");
            return 1;
        } finally {
            stop(out, started, stateDir);
            if (stopRequested.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    private int run(PrintStream out, Path stateDir, List<AutoCloseable> started) throws Exception {
        EmbeddedCluster stack = EmbeddedCluster.start();
        started.add(stack);
        SentinelConfig config = DemoProperties.writeAndLoad(propertiesFile, stack.kafka().bootstrapServers(),
            stack.registry().apiUrl(), escalateRedAfter, System.getenv(),
            name -> out.println("  (" + name + " is ignored: the demo runs its own broker and registry)"));
        ClusterSetup.prepare(stack.kafka().adminClientSettings(), stack.registry().confluentCompatUrl(), config);
        out.printf("  broker    %s%n  registry  %s (Confluent-compatible API: %s)%n  config    %s%n  state     %s (removed on exit)%n",
            config.bootstrapServers(), stack.registry().apiUrl(), stack.registry().confluentCompatUrl(),
            propertiesFile.toAbsolutePath(), stateDir);

        SentinelSerdes serdes = new SentinelSerdes(config);
        publishWatchlist(config, serdes);
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        SentinelApplication app = new SentinelApplication(config, serdes, overrides);
        started.add(app);
        app.start();
        awaitWatchlist(app);
        out.printf("Screening is live (watchlist: %d entries: %s).%n", app.watchlist().size(), app.watchlist().sizeByKind()
            .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        out.printf("  metrics   %s%n  health    %s  %s%n  outcomes  %s%n", app.httpUri().resolve("/metrics"),
            app.httpUri().resolve("/health/live"), app.httpUri().resolve("/health/ready"),
            app.httpUri().resolve("/outcomes/hit-rate"));
        if (config.coordination().queries().active()) {
            out.printf("  register  %s  (Authorization: Bearer <a token of SENTINEL_QUERIES_TOKENS>)%n",
                app.httpUri().resolve("/register/parties?identifier=" + DemoScenario.SMUGGLER_TIN));
        }
        started.addAll(SentinelExtension.startAllInDemo(config, app.httpUri(), out));
        printCommands(out);
        out.printf("Streaming %d declarations/s (~%.0f%% suspicious) and a scripted scenario, one step every %s s.%n", rate,
            suspiciousShare * 100, scenarioPace.toMillis() / 1000.0);

        DemoPublisher publisher = new DemoPublisher(config, serdes);
        started.add(publisher);
        AlertConsole console = new AlertConsole(out);
        DemoScenario scenario = new DemoScenario(new TrafficGenerator(seed + 1, 0, SampleWatchlist.background(), "ASYCUDA"),
            publisher, board, id -> app.watchlist().get(id) != null, new ClearedPairs(app.streams(), config.topicPartitions()),
            out, scenarioPace, running::get);
        // threads that sleep between sends are interrupted; consumers poll briefly and see `running` fall
        List<Thread> senders = List.of(
            new Thread(() -> streamTraffic(publisher), "demo-traffic"),
            new Thread(scenario, "demo-scenario"),
            new Thread(() -> printStatus(app, out), "demo-status"));
        List<Thread> readers = List.of(
            new Thread(() -> printAlerts(config, serdes, console), "demo-alerts"),
            new Thread(() -> printSuppressed(config, serdes, console), "demo-suppressed"),
            new Thread(() -> countDeadLetters(config), "demo-dead-letters"));
        senders.forEach(Thread::start);
        readers.forEach(Thread::start);
        started.add(() -> {
            running.set(false);
            senders.forEach(Thread::interrupt);
            for (Thread worker : senders) {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            }
            for (Thread worker : readers) {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            }
        });
        awaitStop();
        return 0;
    }

    /** Until Ctrl-C or the end of {@code --duration}. */
    private void awaitStop() throws InterruptedException {
        if (duration.isZero()) {
            stopRequested.await();
        } else {
            stopRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void stop(PrintStream out, List<AutoCloseable> started, Path stateDir) {
        // a Ctrl-C during start-up may have left the interrupt flag: it must not cut the joins short
        Thread.interrupted();
        out.println();
        out.println("Stopping: traffic, application, registry and broker...");
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                log.warn("Stopping {} failed", started.get(i), e);
            }
        }
        deleteRecursively(stateDir);
        out.println(Files.exists(stateDir) ? "Stopped; could not remove " + stateDir : "Stopped cleanly.");
        stopped.countDown();
    }

    private void publishWatchlist(SentinelConfig config, SentinelSerdes serdes) {
        try (KafkaProducer<String, WatchlistEntry> producer = new KafkaProducer<>(ClientProperties.producer(config),
            new StringSerializer(), serdes.value(WatchlistEntry.class).serializer())) {
            for (WatchlistEntry entry : SampleWatchlist.entries()) {
                producer.send(new ProducerRecord<>(config.topics().watchlistSubmissions(), entry.getEntryId(), entry));
            }
            producer.flush();
        }
    }

    /** The sample list goes through validation before it reaches the table: wait for all of it. */
    private static void awaitWatchlist(SentinelApplication app) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!app.isReady() || app.watchlist().size() < SampleWatchlist.entries().size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("screening not ready after " + READY_TIMEOUT.toMinutes() + " min (state "
                    + app.state() + ", watchlist " + app.watchlist().size() + " of " + SampleWatchlist.entries().size() + ")");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private void printCommands(PrintStream out) {
        String file = propertiesFile.toString();
        out.println("Try in another terminal (ALERT_ID: the id in brackets of an alert below):");
        out.println("  ./sentinel alerts tail -c " + file + " --authority JO");
        out.println("  ./sentinel explain ALERT_ID -c " + file);
        out.println("  ./sentinel alerts decide ALERT_ID --ack --analyst you --authority JO -c " + file);
        out.println("  ./sentinel watchlist import entries.csv -c " + file + "   (CSV or JSON, see the README)");
    }

    private void streamTraffic(DemoPublisher publisher) {
        TrafficGenerator generator = new TrafficGenerator(seed, suspiciousShare, SampleWatchlist.background(), "ASYCUDA");
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, rate);
        long next = System.nanoTime();
        try {
            while (running.get()) {
                publisher.declare(generator.declaration(Instant.now()));
                counts.declared();
                next += intervalNanos;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    TimeUnit.NANOSECONDS.sleep(sleep);
                }
            }
        } catch (InterruptedException | InterruptException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void printAlerts(SentinelConfig config, SentinelSerdes serdes, AlertConsole console) {
        try (KafkaConsumer<String, Alert> consumer = consumer(config, serdes.value(Alert.class).deserializer())) {
            consumer.subscribe(List.of(config.topics().alerts()));
            while (running.get()) {
                for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(200))) {
                    counts.alerted(record.value().getStatus(), record.value().getLane());
                    board.seen(record.value());
                    console.print(record.value());
                }
            }
        }
    }

    private void printSuppressed(SentinelConfig config, SentinelSerdes serdes, AlertConsole console) {
        try (KafkaConsumer<String, ScreeningRecord> consumer = consumer(config,
            serdes.value(ScreeningRecord.class).deserializer())) {
            consumer.subscribe(List.of(config.topics().screeningResults()));
            while (running.get()) {
                for (ConsumerRecord<String, ScreeningRecord> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && !record.value().getSuppressedHits().isEmpty()) {
                        counts.suppressed();
                        console.printSuppressed(record.value());
                    }
                }
            }
        }
    }

    private void countDeadLetters(SentinelConfig config) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(config, new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(config.topics().deadLetter()));
            while (running.get()) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> counts.deadLettered());
            }
        }
    }

    private void printStatus(SentinelApplication app, PrintStream out) {
        try {
            while (running.get()) {
                TimeUnit.SECONDS.sleep(5);
                out.println(counts.line(app.state().name(), app.watchlist().size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <V> KafkaConsumer<String, V> consumer(SentinelConfig config, Deserializer<V> values) {
        Properties props = ClientProperties.consumer(config);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "sentinel-demo-console-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), values);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove {}", dir, e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
