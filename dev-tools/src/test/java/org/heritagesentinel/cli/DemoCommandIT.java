package org.heritagesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's demo, for real and as a person runs it: the packaged application in its own JVM, its
 * console read line by line, stopped with the signal Ctrl-C sends.
 */
class DemoCommandIT {
    private static final List<String> RULE_TYPES = List.of("PARTY_WATCHLIST", "STOLEN_OBJECT", "CONVEYANCE_WATCHLIST",
        "DOCUMENT_WATCHLIST", "EMBARGO_ORIGIN", "ROUTE_RISK", "REDLIST_NO_LICENCE", "AGE_VALUE_THRESHOLD", "HS_AGE_INCONSISTENT",
        "MISDECLARATION_KEYWORD", "VALUE_ANOMALY", "CONVEYANCE_RISK", "RANDOM", "SPLIT_SHIPMENT", "TEMP_EXPORT_OVERDUE",
        "REPEAT_OFFENDER");
    private static final String TOKEN = "demo-it-token-4f1c";
    /** The log pattern of logback.xml and SLF4J's own warnings: none may reach the console. */
    private static final Pattern LIBRARY_LINE = Pattern.compile(
        "(?m)^(\\d{2}:\\d{2}:\\d{2}\\.\\d{3} +(TRACE|DEBUG|INFO|WARN|ERROR)|SLF4J|log4j|WARNING:)");
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)(^\\s+at [\\w.$/]+\\(|Exception in thread|^Caused by:)");

    private final StringBuffer console = new StringBuffer();
    private Process demo;

    @AfterEach
    void stopDemo() throws InterruptedException {
        System.out.println(console);
        if (demo != null && demo.isAlive()) {
            demo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldShowEveryRuleTheAlertLifeCycleAndTheLanesOnAQuietConsoleAndLeaveNoStateBehind() throws Exception {
        // Given the packaged demo, with a query token and a broker address in the environment as an operator sets them
        Path jar = Paths.get("target", "sentinel-dev.jar").toAbsolutePath();
        assertThat(jar).as("packaged application (failsafe runs after package)").exists();
        Path workDir = Files.createTempDirectory("demo-it-");
        ProcessBuilder builder = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m", "-jar", jar.toString(), "demo", "--scenario-pace", "PT0.5S", "--escalate-red-after", "PT5S")
            .directory(workDir.toFile())
            .redirectErrorStream(true);
        builder.environment().put("SENTINEL_QUERIES_TOKENS", "JO=" + TOKEN);
        builder.environment().put("SENTINEL_KAFKA_BOOTSTRAP_SERVERS", "prod-broker.example:9092");
        // the analyst console the demo starts takes a free port: other demos may run on this machine
        builder.environment().put("SENTINEL_CONSOLE_PORT", "0");
        // where the registry distribution is unpacked (embedded/target), as ./sentinel says it
        builder.environment().put("SENTINEL_REGISTRY_HOME", System.getProperty("sentinel.registry.home"));
        long started = System.nanoTime();

        // When it runs until the whole story has been told (about two minutes; the bound allows for a loaded machine)
        demo = builder.start();
        Thread reader = new Thread(this::readConsole, "demo-console-reader");
        reader.start();
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
            .until(() -> !demo.isAlive() || storyTold(console.toString()));
        String output = console.toString();
        assertThat(demo.isAlive()).as("the demo is still running; its console:%n%s", output).isTrue();
        int registryStatus = registerAnswer(output, TOKEN);
        int anonymousStatus = registerAnswer(output, null);
        long storySeconds = (System.nanoTime() - started) / 1_000_000_000L;
        // the signal alone, as Ctrl-C: Process.destroy() would also close the console this test reads
        demo.toHandle().destroy();
        assertThat(demo.waitFor(2, TimeUnit.MINUTES)).as("stopped within 2 minutes of the signal").isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        output = console.toString();
        System.out.printf("story told in %d s, stopped after %d s in all%n", storySeconds,
            (System.nanoTime() - started) / 1_000_000_000L);

        // Then every rule type, the life cycle of an alert and the suppressed namesake were shown
        for (String rule : RULE_TYPES) {
            assertThat(output).as("a %s hit", rule).containsPattern("(?m)^    - " + rule + " ");
        }
        assertThat(output).contains("ALERT UPDATED", "ALERT RETRACTED", "ALERT ESCALATED");
        assertThat(output).as("a cross-script party match").contains("declared 'محمد الوزاني' / listed 'Mohamed El Ouazzani'");
        assertThat(output).as("a seizure in Morocco flags a later declaration in Jordan")
            .containsPattern("ALERT NEW .*JO:ASYCUDA:JO-[^\\n]*\\n[^\\n]*\\n    - REPEAT_OFFENDER ");
        assertThat(output).containsPattern("SUPPRESSED JO:ASYCUDA:JO-\\d+: lane GREEN")
            .contains("not counted: DISMISSED by r.haddad (JO)");
        // and the lanes as a risk centre knows them: mostly YELLOW, few RED
        Matcher lanes = Pattern.compile("lanes: GREEN \\d+[^,]*, YELLOW (\\d+) \\d+%, RED (\\d+) \\d+%").matcher(output);
        int yellow = -1;
        int red = -1;
        while (lanes.find()) {
            yellow = Integer.parseInt(lanes.group(1));
            red = Integer.parseInt(lanes.group(2));
        }
        assertThat(yellow).as("the live line prints the lane shares").isPositive();
        assertThat(yellow).as("YELLOW alerts in the last live line, against RED").isGreaterThan(3 * red);

        // and the console carries the product's lines only
        assertThat(output).doesNotContainPattern(LIBRARY_LINE).doesNotContainPattern(STACK_TRACE);
        assertThat(output).contains("SENTINEL_KAFKA_BOOTSTRAP_SERVERS is ignored");
        Path log = Path.of(group(output, "Full log: (\\S+)"));
        assertThat(log).as("the full log").isNotEmptyFile();

        // and SENTINEL_* settings apply as in `run`: the register answers the token's authority, and nobody else
        assertThat(registryStatus).isEqualTo(200);
        assertThat(anonymousStatus).isEqualTo(401);

        // and the other commands have a ready configuration; the state is gone
        assertThat(workDir.resolve("demo.properties")).content()
            .contains("kafka.bootstrap.servers=127.0.0.1:", "registry.url=http://127.0.0.1:", "topics.replication-factor=1",
                "topics.alerts=alerts.v1")
            .doesNotContain("prod-broker");
        assertThat(output).contains("./sentinel alerts tail -c demo.properties", "./sentinel explain ALERT_ID -c demo.properties",
            "./sentinel alerts decide ALERT_ID", "./sentinel watchlist import entries.csv -c demo.properties");
        assertThat(output).contains("Stopped cleanly.");
        assertThat(Path.of(group(output, "state +(\\S+) \\(removed on exit\\)"))).doesNotExist();
    }

    private static boolean storyTold(String output) {
        return RULE_TYPES.stream().allMatch(rule -> output.contains("    - " + rule + " "))
            && output.contains("ALERT UPDATED") && output.contains("ALERT RETRACTED") && output.contains("ALERT ESCALATED")
            && output.contains("SUPPRESSED ") && output.contains("[live]");
    }

    private void readConsole() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                console.append(line).append('\n');
            }
        } catch (IOException e) {
            console.append("(console closed: ").append(e).append(")\n");
        }
    }

    /** The status of the register query the demo prints, asked with {@code token} (none: anonymously). */
    private static int registerAnswer(String output, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(group(output, "register +(http\\S+)")))
            .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String group(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        assertThat(matcher.find()).as("'%s' in the console", regex).isTrue();
        return matcher.group(1);
    }
}
