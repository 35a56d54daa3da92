package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.e2e.SharedStack;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash without loss: the packaged application runs as a separate OS process ({@code sentinel run}) against
 * a real broker, 10,000 declarations stream in (every 20th suspicious), the process is killed with SIGKILL
 * mid-stream twice and restarted; read_committed, every suspicious declaration has exactly one alert, no
 * clean one has any.
 */
class CrashRecoveryIT {
    private static final int DECLARATIONS = 10_000;
    private static final int SUSPICIOUS_EVERY = 20;
    private static final int RATE_PER_SECOND = 400;
    private static final Duration TIMEOUT = Duration.ofMinutes(8);

    private final List<Process> processes = new CopyOnWriteArrayList<>();
    private final AtomicBoolean collecting = new AtomicBoolean(true);

    @AfterEach
    void stop() {
        collecting.set(false);
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void shouldRaiseExactlyOneAlertPerSuspiciousDeclarationAcrossRepeatedSigkills() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        Path stateDir = Files.createTempDirectory("sentinel-crash-state-");
        IsolatedConfig isolated = IsolatedConfig.of(stack.kafka().bootstrapServers(), stack.registry().apiUrl(), "crash",
            // a SIGKILLed member is noticed after session.timeout.ms (45 s by default): production sets it lower too
            Map.of("kafka.state.dir", stateDir.toString(), "kafka.session.timeout.ms", "6000",
                "kafka.heartbeat.interval.ms", "1500"));
        stack.prepare(isolated.config());
        Path configFile = isolated.writeTo(Files.createTempFile("sentinel-crash-", ".properties"));
        new Clients(isolated.config()).send(isolated.config().topics().watchlistSubmissions(), "PRF-SY",
            embargoProfile("PRF-SY", List.of("9705", "9706"), List.of("SY")), WatchlistEntry.class);

        Set<String> suspicious = ConcurrentHashMap.newKeySet();
        Set<String> clean = ConcurrentHashMap.newKeySet();
        Map<String, List<AlertStatus>> alerts = new ConcurrentHashMap<>();
        AtomicInteger alertCount = new AtomicInteger();
        Thread collector = new Thread(() -> collect(isolated, alerts, alertCount), "alert-collector");
        collector.start();

        long started = System.nanoTime();
        Process app = launch(configFile, 1);
        Thread producer = new Thread(() -> produce(isolated, suspicious, clean), "declaration-producer");
        producer.start();

        // When the process is killed (SIGKILL: no shutdown hook, no commit) twice in mid-stream, and restarted
        List<Integer> killedAt = new ArrayList<>();
        for (int kill = 1; kill <= 2; kill++) {
            int threshold = kill * DECLARATIONS / SUSPICIOUS_EVERY / 4;
            await().atMost(TIMEOUT).until(() -> alertCount.get() >= threshold);
            killedAt.add(alertCount.get());
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(app.exitValue()).isEqualTo(137);
            app = launch(configFile, kill + 1);
        }
        producer.join(TIMEOUT.toMillis());
        assertThat(suspicious.size() + clean.size()).isEqualTo(DECLARATIONS);
        try {
            await().atMost(TIMEOUT).until(() -> alerts.keySet().containsAll(suspicious));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(diagnose(stack, isolated, suspicious, alerts, alertCount.get(), app), e);
        }
        // a late duplicate would show up within a few commit intervals
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
        double seconds = (System.nanoTime() - started) / 1e9;

        // Then every suspicious declaration has exactly one NEW alert, and no clean one has any
        assertThat(alerts.keySet()).containsExactlyInAnyOrderElementsOf(suspicious);
        assertThat(alerts.values()).allMatch(statuses -> statuses.equals(List.of(AlertStatus.NEW)));
        assertThat(alerts.keySet()).doesNotContainAnyElementsOf(clean);
        assertThat(alertCount.get() + clean.size()).isEqualTo(DECLARATIONS);
        System.out.printf("crash: %d declarations (%d suspicious), SIGKILL at %s committed alerts, %d alerts, %.1f s%n",
            DECLARATIONS, suspicious.size(), killedAt, alertCount.get(), seconds);
    }

    private Process launch(Path configFile, int run) throws IOException {
        Path jar = Paths.get("target", "sentinel.jar").toAbsolutePath();
        assertThat(jar).as("packaged application (failsafe runs after package)").exists();
        Path log = Paths.get("target", "crash-run-" + run + ".log");
        Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "run", "-c", configFile.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    /** Paced, so that the kills land in the middle of the stream rather than after it. */
    private static void produce(IsolatedConfig isolated, Set<String> suspicious, Set<String> clean) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, isolated.config().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        SentinelSerdes serdes = new SentinelSerdes(isolated.config());
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE_PER_SECOND;
        try (KafkaProducer<String, CustomsDeclaration> producer = new KafkaProducer<>(props, new StringSerializer(),
            serdes.value(CustomsDeclaration.class).serializer())) {
            long next = System.nanoTime();
            for (int i = 0; i < DECLARATIONS; i++) {
                boolean bad = i % SUSPICIOUS_EVERY == 0;
                CustomsDeclaration d = bad
                    ? declaration(String.format("CR-%05d", i)).item("970510", "archaeological pottery", "SY").build()
                    : declaration(String.format("CR-%05d", i)).build();
                String key = RecordKeys.declaration(d);
                producer.send(new ProducerRecord<>(isolated.config().topics().declarations(), key, d));
                (bad ? suspicious : clean).add(key);
                next += interval;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            producer.flush();
        }
    }

    private void collect(IsolatedConfig isolated, Map<String, List<AlertStatus>> alerts, AtomicInteger count) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, isolated.config().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-collector");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        SentinelSerdes serdes = new SentinelSerdes(isolated.config());
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
            serdes.value(Alert.class).deserializer())) {
            consumer.subscribe(List.of(isolated.config().topics().alerts()));
            while (collecting.get()) {
                for (ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofMillis(200))) {
                    alerts.computeIfAbsent(r.key(), k -> new CopyOnWriteArrayList<>()).add(r.value().getStatus());
                    count.incrementAndGet();
                }
            }
        }
    }

    private static String diagnose(EmbeddedStack stack, IsolatedConfig isolated, Set<String> suspicious,
                                   Map<String, List<AlertStatus>> alerts, int alertCount, Process app) throws Exception {
        Set<String> missing = new java.util.TreeSet<>(suspicious);
        missing.removeAll(alerts.keySet());
        try (org.apache.kafka.clients.admin.Admin admin = stack.admin()) {
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(isolated.config().applicationId()).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo> end =
                admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            StringBuilder lag = new StringBuilder();
            committed.forEach((tp, o) -> lag.append(tp).append(' ').append(o.offset()).append('/')
                .append(end.get(tp).offset()).append("; "));
            return "missing " + missing.size() + " suspicious alerts (e.g. " + missing.stream().limit(5).toList()
                + "), " + alertCount + " alerts seen, app alive " + app.isAlive() + ", committed/end " + lag;
        }
    }
}
