package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.cli.SentinelCli;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/** The analysts' commands on a real broker and registry: watchlist import, explain, profile test, alert decisions. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SentinelCommandsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static SentinelConfig config;
    private static Clients clients;
    private static SentinelApplication app;
    private static Path configFile;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        Map<String, String> overrides = new HashMap<>();
        overrides.put("application.id", "sentinel-cli-e2e");
        for (String topic : List.of("declarations", "seizures", "watchlist-submissions", "watchlist-entries", "watchlist-audit",
            "screening-results", "alerts", "dead-letter", "exchange-rates")) {
            overrides.put("topics." + topic, "cli-e2e." + topic);
        }
        overrides.put("topics.authority-decisions-pattern", "cli-e2e.decisions.%s");
        config = stack.config(overrides);
        stack.prepare(config);
        clients = new Clients(config);
        dir = Files.createTempDirectory("sentinel-cli-e2e-");
        Properties file = new Properties();
        overrides.forEach(file::setProperty);
        file.setProperty("kafka.bootstrap.servers", config.bootstrapServers());
        file.setProperty("registry.url", config.registryUrl());
        configFile = dir.resolve("sentinel.properties");
        try (var out = Files.newBufferedWriter(configFile)) {
            file.store(out, null);
        }
        Properties streams = new Properties();
        streams.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        app = new SentinelApplication(config, new SentinelSerdes(config), streams);
        app.start();
        await().atMost(TIMEOUT).until(app::isReady);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void shouldImportExplainAndTestAProfile() throws Exception {
        // watchlist import: one good row, one refused with its line number
        Path csv = dir.resolve("watchlist.csv");
        Files.writeString(csv, """
            entryId,kind,listingAuthority,names,author,approver,legalBasis
            PTY-CLI,PARTY,JO,Samir Khoury,analyst.17,head.rac,Customs Law art. 41
            PTY-BAD,PARTY,JO,,analyst.17,,
            """);
        Run imported = run("watchlist", "import", csv.toString(), "-c", configFile.toString());
        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.output()).contains("refused line 3: PARTY entry needs a name or an identifier",
            "2 rows read, 1 entries imported, 1 refused");
        await().atMost(TIMEOUT).until(() -> app.watchlist().get("PTY-CLI") != null);

        // a declaration of the listed party raises an alert; explain reads it back from the screening records
        CustomsDeclaration listed = declaration("CLI-1").exporter("Samir Khoury").build();
        CustomsDeclaration tablets = declaration("CLI-2").item("690721", "ceramic tiles (sample), clay tablets", "TR").build();
        for (CustomsDeclaration d : List.of(listed, tablets)) {
            clients.send(config.topics().declarations(), RecordKeys.declaration(d), d, CustomsDeclaration.class);
        }
        List<ConsumerRecord<String, Alert>> alerts = clients.readValues(config.topics().alerts(), Alert.class,
            r -> !r.isEmpty(), TIMEOUT);
        String alertId = alerts.get(0).value().getAlertId();
        await().atMost(TIMEOUT).untilAsserted(() -> {
            Run explained = run("explain", alertId, "-c", configFile.toString());
            assertThat(explained.exitCode()).isZero();
            assertThat(explained.output()).contains(alertId, "JO:ASYCUDA:CLI-1", "PARTY_WATCHLIST  entry PTY-CLI rev 1",
                "name-multilingual", "matchers ");
        });

        // profile test: what a draft would have hit, without publishing it
        Path draft = dir.resolve("draft.json");
        Files.writeString(draft, "{\"entryId\":\"PRF-TWIN\",\"kind\":\"RISK_PROFILE\",\"status\":\"DRAFT\",\"listingAuthority\":\"JO\","
            + "\"ruleType\":\"MISDECLARATION_KEYWORD\",\"hsPrefixes\":[\"6907\"],\"keywords\":[\"tablet\"]}\n");
        Run tested = run("profile", "test", draft.toString(), "--days", "3650", "-c", configFile.toString());
        assertThat(tested.exitCode()).isZero();
        assertThat(tested.output()).contains("PRF-TWIN would have hit 1 of 2 declarations", "JO:ASYCUDA:CLI-2");
        assertThat(app.watchlist().get("PRF-TWIN")).isNull();
    }

    @Test
    @Order(3)
    void shouldRefuseToRunWhenTheDeclarationsTopicIsLaidOutDifferently() throws Exception {
        // Given a configuration that expects 5 partitions where the declarations topic has 3
        Properties file = new Properties();
        try (var in = Files.newBufferedReader(configFile)) {
            file.load(in);
        }
        file.setProperty("topics.partitions", "5");
        Path mislaid = dir.resolve("mislaid.properties");
        try (var out = Files.newBufferedWriter(mislaid)) {
            file.store(out, null);
        }

        // When the application is started with it
        Run refused = run("run", "-c", mislaid.toString());

        // Then it does not start, and says what to change
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.output()).contains("cli-e2e.declarations has 3 partitions but topics.partitions is 5",
            "SENTINEL_TOPICS_PARTITIONS) to 3");
    }

    @Test
    @Order(2) // after the profile test, which counts every declaration on the topic
    void shouldPublishADismissalThatSuppressesThePairOfTheNextDeclaration() throws Exception {
        // Given an alert on a listed exporter
        Path csv = dir.resolve("decide.csv");
        Files.writeString(csv, """
            entryId,kind,listingAuthority,names,author,approver,legalBasis
            PTY-DECIDE,PARTY,JO,Nabil Haddad,analyst.17,head.rac,Customs Law art. 41
            """);
        assertThat(run("watchlist", "import", csv.toString(), "-c", configFile.toString()).exitCode()).isZero();
        await().atMost(TIMEOUT).until(() -> app.watchlist().get("PTY-DECIDE") != null);
        CustomsDeclaration first = declaration("CLI-D1").exporter("Nabil Haddad").build();
        clients.send(config.topics().declarations(), RecordKeys.declaration(first), first, CustomsDeclaration.class);
        String alertId = clients.readValues(config.topics().alerts(), Alert.class,
                r -> r.stream().anyMatch(a -> a.key().equals("JO:ASYCUDA:CLI-D1")), TIMEOUT).stream()
            .filter(a -> a.key().equals("JO:ASYCUDA:CLI-D1")).findFirst().orElseThrow().value().getAlertId();

        // When an analyst dismisses it from the command line, and the exporter declares again
        await().atMost(TIMEOUT).untilAsserted(() -> {
            Run decided = run("alerts", "decide", alertId, "--dismiss", "namesake, passport checked", "--analyst", "analyst.17",
                "--authority", "jo", "-c", configFile.toString());
            assertThat(decided.output()).contains("DISMISSED sent for " + alertId + " (JO:ASYCUDA:CLI-D1) to cli-e2e.decisions.jo");
        });
        Run unknown = run("alerts", "decide", "ALR-000000000000000000000000", "--ack", "--analyst", "analyst.17",
            "--authority", "JO", "-c", configFile.toString());
        CustomsDeclaration second = declaration("CLI-D2").exporter("Nabil Haddad").build();
        await().atMost(TIMEOUT).untilAsserted(() -> {
            clients.send(config.topics().declarations(), RecordKeys.declaration(second), second, CustomsDeclaration.class);
            // Then its screening record shows the hit as suppressed by the dismissal (resent until the broadcast landed)
            List<ConsumerRecord<String, ScreeningRecord>> records = clients.readValues(config.topics().screeningResults(),
                ScreeningRecord.class, r -> r.stream().anyMatch(x -> x.key().equals("JO:ASYCUDA:CLI-D2")), TIMEOUT);
            assertThat(records).filteredOn(r -> r.key().equals("JO:ASYCUDA:CLI-D2"))
                .anySatisfy(r -> assertThat(r.value().getSuppressedHits()).singleElement()
                    .satisfies(h -> assertThat(h.getSuppression().getAlertId()).isEqualTo(alertId)));
        });
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.output()).contains("not found");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SentinelCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute(args);
        return new Run(code, out.toString().lines().collect(Collectors.joining("\n")));
    }
}
