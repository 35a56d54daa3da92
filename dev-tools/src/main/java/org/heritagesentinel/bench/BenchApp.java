package org.heritagesentinel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.app.StreamsSettings;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SentinelSerdes;

/**
 * The application under test, in its own JVM so that its heap and RSS are its own. Speaks a line
 * protocol on stdin/stdout (logs go to stderr): it starts paused (its stream threads join the group and take
 * their tasks but process nothing) and processes from {@code RESUME} on (the bench resumes every instance of a
 * group once all have joined, so that no instance works through the backlog alone before the others join), prints
 * {@code BENCH READY <runningMs> <indexMs> <entries>} once running, answers {@code MEM} with {@code BENCH MEM <heapUsedAfterGc> <heapCommitted>} and
 * {@code CPU} with {@code BENCH CPU <process> <streamThreads> <screening>} (CPU nanoseconds used so far by the JVM,
 * by its stream threads, and by screening within them: {@link CpuSample}), {@code TASKS} with {@code BENCH TASKS <active>}
 * (the active tasks of its stream threads: its share of the group's work when several instances run), and stops on
 * {@code STOP} or when the bench's end of stdin closes, at any point.
 */
public final class BenchApp {
    static final String PASSTHROUGH = "passthrough";
    static final String SCREENING = "screening";
    private static final String STOP = "STOP";
    private static final Duration ORPHAN_GRACE = Duration.ofSeconds(90);

    private BenchApp() {
    }

    /** Arguments: mode, configuration file, state directory, passthrough output topic (passthrough only). */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.heritagesentinel.avro");
        String mode = args[0];
        SentinelConfig config = ConfigLoader.load(Path.of(args[1]), Map.of());
        SentinelSerdes serdes = new SentinelSerdes(config);
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, args[2]);
        long started = System.nanoTime();
        KafkaStreams streams;
        IntSupplier entries;
        LongSupplier screeningCpu;
        AutoCloseable closer;
        if (SCREENING.equals(mode)) {
            SentinelApplication app = new SentinelApplication(config, serdes, overrides);
            app.streams().pause();
            started = System.nanoTime();
            app.start();
            streams = app.streams();
            entries = app.watchlist()::size;
            screeningCpu = () -> Math.round(app.metrics().screeningCpuSeconds() * 1e9);
            closer = app;
        } else {
            Properties props = StreamsSettings.of(config);
            props.putAll(overrides);
            streams = new KafkaStreams(PassthroughTopology.build(config.topics().declarations(), args[3], serdes), props);
            streams.pause();
            started = System.nanoTime();
            streams.start();
            entries = () -> 0;
            screeningCpu = () -> 0;
            KafkaStreams s = streams;
            closer = () -> s.close(Duration.ofSeconds(30));
        }
        BlockingQueue<String> commands = commandsFromStdin();
        int expected = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        long indexMs = -1;
        boolean resumed = false;
        String command = null;
        while (!STOP.equals(command) && (!resumed || streams.state() != KafkaStreams.State.RUNNING)) {
            if (indexMs < 0 && entries.getAsInt() >= expected) {
                indexMs = elapsedMs(started);
            }
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                System.out.println("BENCH FAILED " + streams.state());
                System.exit(1);
            }
            command = commands.poll(20, TimeUnit.MILLISECONDS);
            if ("RESUME".equals(command)) {
                streams.resume();
                resumed = true;
            }
        }
        if (!STOP.equals(command)) {
            long runningMs = elapsedMs(started);
            System.out.printf("BENCH READY %d %d %d%n", runningMs, indexMs < 0 ? runningMs : indexMs, entries.getAsInt());
            System.out.flush();
        }
        while (!STOP.equals(command)) {
            command = commands.take();
            if ("MEM".equals(command)) {
                System.gc();
                System.gc();
                System.out.printf("BENCH MEM %d %d%n", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted());
                System.out.flush();
            } else if ("CPU".equals(command)) {
                System.out.printf("BENCH CPU %d %d %d%n", CpuSample.currentProcessNanos(), CpuSample.currentStreamThreadNanos(),
                    screeningCpu.getAsLong());
                System.out.flush();
            } else if ("TASKS".equals(command)) {
                System.out.printf("BENCH TASKS %d%n", streams.metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum());
                System.out.flush();
            }
        }
        closer.close();
        System.out.println("BENCH STOPPED");
        System.out.flush();
        System.exit(0);
    }

    /**
     * Once the bench is gone, an application that cannot close (blocked in its start, on a broker that went
     * with the bench) must not outlive it: the JVM exits after a grace longer than a normal close.
     */
    private static void leaveIfStillRunningAfter(Duration grace) {
        try {
            TimeUnit.MILLISECONDS.sleep(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(3);
    }

    /** The bench's commands, one a line; the end of stdin (the bench has gone) is a {@code STOP}. */
    private static BlockingQueue<String> commandsFromStdin() {
        BlockingQueue<String> commands = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    commands.add(line.trim());
                }
            } catch (IOException closed) {
                // the bench is gone: stop as below
            }
            commands.add(STOP);
            leaveIfStillRunningAfter(ORPHAN_GRACE);
        }, "bench-commands");
        reader.setDaemon(true);
        reader.start();
        return commands;
    }

    private static long elapsedMs(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
