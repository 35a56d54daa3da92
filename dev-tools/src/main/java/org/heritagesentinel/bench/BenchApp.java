package org.heritagesentinel.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
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
 * protocol on stdin/stdout (logs go to stderr): it prints {@code BENCH READY <runningMs> <indexMs> <entries>}
 * once processing runs, answers {@code MEM} with {@code BENCH MEM <heapUsedAfterGc> <heapCommitted>} and
 * {@code CPU} with {@code BENCH CPU <process> <streamThreads> <screening>} (CPU nanoseconds used so far by the JVM,
 * by its stream threads, and by screening within them: {@link CpuSample}), {@code TASKS} with {@code BENCH TASKS <active>}
 * (the active tasks of its stream threads: its share of the group's work when several instances run), and stops on {@code STOP}.
 */
public final class BenchApp {
    static final String PASSTHROUGH = "passthrough";
    static final String SCREENING = "screening";

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
            started = System.nanoTime();
            streams.start();
            entries = () -> 0;
            screeningCpu = () -> 0;
            KafkaStreams s = streams;
            closer = () -> s.close(java.time.Duration.ofSeconds(30));
        }
        int expected = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        long indexMs = -1;
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (indexMs < 0 && entries.getAsInt() >= expected) {
                indexMs = elapsedMs(started);
            }
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                System.out.println("BENCH FAILED " + streams.state());
                System.exit(1);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        long runningMs = elapsedMs(started);
        System.out.printf("BENCH READY %d %d %d%n", runningMs, indexMs < 0 ? runningMs : indexMs, entries.getAsInt());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if ("MEM".equals(line.trim())) {
                System.gc();
                System.gc();
                System.out.printf("BENCH MEM %d %d%n", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted());
                System.out.flush();
            } else if ("CPU".equals(line.trim())) {
                System.out.printf("BENCH CPU %d %d %d%n", CpuSample.currentProcessNanos(), CpuSample.currentStreamThreadNanos(),
                    screeningCpu.getAsLong());
                System.out.flush();
            } else if ("TASKS".equals(line.trim())) {
                System.out.printf("BENCH TASKS %d%n", streams.metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum());
                System.out.flush();
            } else if ("STOP".equals(line.trim())) {
                break;
            }
        }
        closer.close();
        System.out.println("BENCH STOPPED");
        System.out.flush();
        System.exit(0);
    }

    private static long elapsedMs(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
