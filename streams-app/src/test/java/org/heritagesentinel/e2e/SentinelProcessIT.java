package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code sentinel} command run as a person runs it: a child JVM, its real standard output
 * and error, its exit code. A refused configuration or an unreachable address is one line and exit
 * code 2; the analysts' commands print what they read before the JVM exits.
 */
class SentinelProcessIT {
    private static final String PREFIX = "process-e2e.";
    private static SentinelConfig config;
    @TempDir
    static Path dir;

    @BeforeAll
    static void prepare() {
        EmbeddedStack stack = SharedStack.get();
        Map<String, String> overrides = new HashMap<>();
        overrides.put("application.id", "sentinel-process-e2e");
        for (String topic : List.of("declarations", "seizures", "watchlist-submissions", "watchlist-entries", "watchlist-audit",
            "screening-results", "alerts", "dead-letter", "exchange-rates", "outcomes", "unrouted-alerts")) {
            overrides.put("topics." + topic, PREFIX + topic);
        }
        overrides.put("topics.authority-decisions-pattern", PREFIX + "decisions.%s");
        config = stack.config(overrides);
        stack.prepare(config);
    }

    @Test
    void shouldNameAMisspeltKeyAndTheKeyMeant() throws Exception {
        Path file = properties("misspelt", "kafka.bootstrap.server=" + config.bootstrapServers());

        Run run = sentinel("run", "-c", file.toString());

        run.assertRefusedWith("unknown key kafka.bootstrap.server in " + file + ": not a Kafka client or Streams setting"
            + " — did you mean kafka.bootstrap.servers?");
    }

    @Test
    void shouldNameAWrongValueAndWhatIsExpected() throws Exception {
        Path file = properties("wrong-value", "topics.partitions=six");

        sentinel("run", "-c", file.toString()).assertRefusedWith("topics.partitions=six in " + file + ": expected a whole number ≥ 1");
    }

    @Test
    void shouldSayTheConfigurationFileIsMissing() throws Exception {
        Path missing = dir.resolve("no-such.properties");

        sentinel("alerts", "tail", "-c", missing.toString()).assertRefusedWith("configuration file " + missing
            + " (-c) does not exist; sentinel config print-defaults > " + missing + " writes a commented sample");
    }

    @Test
    void shouldSayWhichBrokerAddressIsClosed() throws Exception {
        String closed = "127.0.0.1:" + closedPort();
        Path file = properties("closed", "kafka.bootstrap.servers=" + closed, "topics.replication-factor=1");

        sentinel("run", "-c", file.toString()).assertRefusedWith("kafka.bootstrap.servers=" + closed + ": connection to "
            + closed + " refused — check the host and port, and that the broker is running and listens there");
    }

    @Test
    void shouldSayWhichHostCannotBeResolved() throws Exception {
        Path file = properties("unresolvable", "kafka.bootstrap.servers=kafka.sentinel.invalid:9092");

        sentinel("explain", "ALR-1", "-c", file.toString()).assertRefusedWith("kafka.bootstrap.servers=kafka.sentinel.invalid:9092:"
            + " host kafka.sentinel.invalid cannot be resolved — check the host name (DNS, /etc/hosts, a typo?)");
    }

    @Test
    void shouldSayTheRegistryIsNotThere() throws Exception {
        String registry = "http://127.0.0.1:" + closedPort() + "/apis/registry/v2";
        Path file = stackProperties("no-registry", "registry.url=" + registry);

        sentinel("alerts", "tail", "-c", file.toString()).assertRefusedWith("registry.url=" + registry
            + ": connection refused — check the port and that the registry is running");
    }

    @Test
    void shouldHintAtTheReplicationFactorOnAOneBrokerCluster() throws Exception {
        Path file = stackProperties("three-replicas", "topics.replication-factor=3");

        sentinel("topics", "create", "-c", file.toString()).assertRefusedWith("topics.replication-factor=3 but the cluster at "
            + config.bootstrapServers() + " has 1 broker: set topics.replication-factor=1 (SENTINEL_TOPICS_REPLICATION_FACTOR)"
            + " on a test cluster");
    }

    @Test
    void shouldPrintTheExplanationOfAnExistingAlert() throws Exception {
        Instant accepted = Instant.parse("2026-11-20T10:00:00Z");
        Hit hit = Hit.newBuilder().setRuleType(RuleType.PARTY_WATCHLIST).setEntryId("PTY-PROC").setEntryRevision(2).setScore(80)
            .setConfidence(0.93).setExplanation("exporter matches listed party Samir Khoury")
            .setEvidence(List.of(Evidence.newBuilder().setField("exporter.name").setDeclaredValue("Sameer Khouri")
                .setListedValue("Samir Khoury").setMethod("name-multilingual").build()))
            .build();
        ScreeningRecord record = ScreeningRecord.newBuilder().setSubjectKey("JO:ASYCUDA:PROC-1").setAuthority("JO")
            .setEventTime(accepted).setScreenedAt(Instant.now()).setScore(80).setLane(Lane.RED).setSeverity(Severity.HIGH)
            .setAlertId("ALR-PROC-EXPLAIN").setAlertStatus(AlertStatus.NEW).setHits(List.of(hit)).setWatchlistVersion("w1")
            .setProfilesVersion("p1").setMatcherVersion("m1").setConfigHash("c1").build();
        new Clients(config).send(config.topics().screeningResults(), "JO:ASYCUDA:PROC-1", record, ScreeningRecord.class);

        Run run = sentinel("explain", "ALR-PROC-EXPLAIN", "-c", stackProperties("explain").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("ALR-PROC-EXPLAIN  DECLARATION JO:ASYCUDA:PROC-1",
            "PARTY_WATCHLIST  entry PTY-PROC rev 2  score 80  confidence 0.93",
            "exporter.name: declared 'Sameer Khouri' vs listed 'Samir Khoury' [name-multilingual]");
    }

    @Test
    void shouldStopTailingAfterMaxAlertsEvenWhenMoreArrivedInOnePoll() throws Exception {
        Clients clients = new Clients(config);
        for (int i = 1; i <= 6; i++) {
            Alert alert = Alert.newBuilder().setAlertId("ALR-TAIL-" + i).setStatus(AlertStatus.NEW)
                .setSubjectKey("JO:ASYCUDA:TAIL-" + i).setAuthority("JO").setEventTime(Instant.parse("2026-11-20T10:00:00Z"))
                .setScore(40).setSeverity(Severity.MEDIUM).setLane(Lane.YELLOW).setRecipients(List.of("JO"))
                .setSummary("tail " + i).build();
            clients.send(config.topics().alerts(), alert.getSubjectKey(), alert, Alert.class);
        }

        Run run = sentinel("alerts", "tail", "--max", "3", "--from-beginning", "-c", stackProperties("tail").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout().lines().filter(l -> l.contains("JO:ASYCUDA:TAIL-"))).as(run.stdout()).hasSize(3);
    }

    private record Run(int exitCode, String stdout, String stderr) {
        /** Exit code 2 and exactly this one line, on standard error, nothing else on either stream. */
        void assertRefusedWith(String line) {
            assertThat(exitCode).as(toString()).isEqualTo(2);
            assertThat(stderr.lines().filter(l -> !l.isBlank())).as(toString()).containsExactly(line);
            assertThat(stdout).as(toString()).isBlank();
        }
    }

    /** The packaged command line, with no SENTINEL_* variable of the test's environment leaking in. */
    private static Run sentinel(String... args) throws IOException, InterruptedException {
        Path jar = Paths.get("target", "sentinel.jar").toAbsolutePath();
        assertThat(jar).as("packaged application (failsafe runs after package)").exists();
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout-", ".txt");
        Path err = Files.createTempFile(dir, "stderr-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SENTINEL_"));
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("sentinel " + String.join(" ", args) + " still running after 90 s; stderr: "
                + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A configuration pointing at the test stack and its topics, plus {@code lines}. */
    private static Path stackProperties(String name, String... lines) throws IOException {
        List<String> all = new ArrayList<>();
        all.add("kafka.bootstrap.servers=" + config.bootstrapServers());
        all.add("registry.url=" + config.registryUrl());
        all.add("topics.partitions=3");
        all.add("topics.replication-factor=1");
        all.add("topics.screening-results=" + config.topics().screeningResults());
        all.add("topics.alerts=" + config.topics().alerts());
        all.addAll(List.of(lines));
        return properties(name, all.toArray(String[]::new));
    }

    private static Path properties(String name, String... lines) throws IOException {
        Path file = dir.resolve(name + ".properties");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** A port nothing listens on: taken from the system, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
