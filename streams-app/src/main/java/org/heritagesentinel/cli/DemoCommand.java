package org.heritagesentinel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.demo.AlertConsole;
import org.heritagesentinel.demo.LiveCounts;
import org.heritagesentinel.demo.SampleWatchlist;
import org.heritagesentinel.demo.SyntheticDeclarations;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sentinel demo}: everything on this machine — a real KRaft broker, a real Apicurio Registry,
 * the application, a sample watchlist and synthetic traffic — with alerts printed as they happen.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Start an embedded broker and registry, stream synthetic declarations and print live alerts. Ctrl-C stops.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--rate", defaultValue = "20", description = "Declarations per second (default: ${DEFAULT-VALUE}).")
    int rate;
    @Option(names = "--suspicious-share", defaultValue = "0.05",
        description = "Share of suspicious declarations (default: ${DEFAULT-VALUE}).")
    double suspiciousShare;
    @Option(names = "--seed", defaultValue = "2026", description = "Seed of the traffic generator (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--duration", defaultValue = "PT0S",
        description = "Stop after this ISO-8601 duration, e.g. PT2M (default: run until Ctrl-C).")
    Duration duration;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final LiveCounts counts = new LiveCounts();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Heritage Sentinel demo: starting an embedded Kafka broker (KRaft) and Apicurio Registry...");
        EmbeddedStack stack = EmbeddedStack.start();
        SentinelConfig config = stack.config(Map.of("application.id", "sentinel-demo"));
        SentinelSerdes serdes = new SentinelSerdes(config);
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-demo-state-").toString());
        SentinelApplication app = new SentinelApplication(config, serdes, overrides);
        out.printf("  broker   %s%n  registry %s (Confluent-compatible API: %s)%n", config.bootstrapServers(),
            stack.registry().apiUrl(), stack.registry().confluentCompatUrl());

        publishWatchlist(config, serdes);
        app.start();
        int sampleSize = SampleWatchlist.entries().size();
        // the sample list goes through validation before it reaches the table: wait for all of it
        while (!app.isReady() || app.watchlist().size() < sampleSize) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        out.printf("Screening is live (watchlist: %d entries). Streaming %d declarations/s, ~%.0f%% suspicious.%n",
            app.watchlist().size(), rate, suspiciousShare * 100);
        out.printf("  metrics  %s%n  health   %s  %s%n", app.httpUri().resolve("/metrics"),
            app.httpUri().resolve("/health/live"), app.httpUri().resolve("/health/ready"));
        List<AutoCloseable> extensions = SentinelExtension.startAllInDemo(stack, config, out);

        CountDownLatch stopped = new CountDownLatch(1);
        Thread traffic = new Thread(() -> streamTraffic(config, serdes), "demo-traffic");
        Thread alerts = new Thread(() -> printAlerts(config, serdes, new AlertConsole(out)), "demo-alerts");
        Thread deadLetters = new Thread(() -> countDeadLetters(config), "demo-dead-letters");
        Thread status = new Thread(() -> printStatus(app, out), "demo-status");
        List<Thread> workers = List.of(traffic, alerts, deadLetters, status);
        workers.forEach(Thread::start);

        Runnable shutdown = () -> {
            if (running.getAndSet(false)) {
                out.println("\nStopping: traffic, application, registry and broker...");
                for (Thread worker : workers) {
                    joinQuietly(worker);
                }
                extensions.forEach(DemoCommand::closeQuietly);
                app.close();
                stack.close();
                out.println("Stopped cleanly.");
                stopped.countDown();
            }
        };
        Thread hook = new Thread(shutdown, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (duration.isZero()) {
            stopped.await();
        } else {
            stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            Runtime.getRuntime().removeShutdownHook(hook);
            shutdown.run();
        }
        return 0;
    }

    private void publishWatchlist(SentinelConfig config, SentinelSerdes serdes) throws Exception {
        try (KafkaProducer<String, WatchlistEntry> producer = new KafkaProducer<>(producerProps(config),
            new StringSerializer(), serdes.value(WatchlistEntry.class).serializer())) {
            for (WatchlistEntry entry : SampleWatchlist.entries()) {
                producer.send(new ProducerRecord<>(config.topics().watchlistSubmissions(), entry.getEntryId(), entry));
            }
            producer.flush();
        }
    }

    private void streamTraffic(SentinelConfig config, SentinelSerdes serdes) {
        SyntheticDeclarations generator = new SyntheticDeclarations(seed, suspiciousShare);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, rate);
        try (KafkaProducer<String, CustomsDeclaration> producer = new KafkaProducer<>(producerProps(config),
            new StringSerializer(), serdes.value(CustomsDeclaration.class).serializer())) {
            long next = System.nanoTime();
            while (running.get()) {
                CustomsDeclaration declaration = generator.next(Instant.now());
                producer.send(new ProducerRecord<>(config.topics().declarations(), RecordKeys.declaration(declaration),
                    declaration));
                counts.declared();
                next += intervalNanos;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    TimeUnit.NANOSECONDS.sleep(sleep);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void printAlerts(SentinelConfig config, SentinelSerdes serdes, AlertConsole console) {
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(consumerProps(config), new StringDeserializer(),
            serdes.value(Alert.class).deserializer())) {
            consumer.subscribe(List.of(config.topics().alerts()));
            while (running.get()) {
                for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(200))) {
                    counts.alerted(record.value().getStatus(), record.value().getLane());
                    console.print(record.value());
                }
            }
        }
    }

    private void countDeadLetters(SentinelConfig config) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(config), new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
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

    private static Map<String, Object> producerProps(SentinelConfig config) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5);
    }

    private static Map<String, Object> consumerProps(SentinelConfig config) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "sentinel-demo-console-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    private static void closeQuietly(AutoCloseable extension) {
        try {
            extension.close();
        } catch (Exception e) {
            System.err.println("demo: could not stop " + extension + ": " + e.getMessage());
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
