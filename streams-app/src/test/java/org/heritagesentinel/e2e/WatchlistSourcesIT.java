package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.ChangeAction;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
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

/**
 * Published lists on a real broker and registry: each format imported through the command line, an
 * OpenSanctions edition synced to the next one (a revision, a new entry, a delisting) and what that does to
 * screening, an edition synced twice, an edition that would delist too much, and one that cannot be read.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchlistSourcesIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String HADDAD = "opensanctions:NK-3xampleHaddad";
    private static final String BABYLON = "opensanctions:NK-3xampleBabylon";
    private static final String NINEVEH = "opensanctions:NK-3xampleNineveh";
    private static final String NOUR = "opensanctions:NK-3xampleYear";
    private static SentinelConfig config;
    private static Clients clients;
    private static SentinelApplication app;
    private static Path configFile;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        Map<String, String> overrides = new HashMap<>();
        overrides.put("application.id", "sentinel-sources-e2e");
        for (String topic : List.of("declarations", "seizures", "watchlist-submissions", "watchlist-entries", "watchlist-audit",
            "screening-results", "alerts", "dead-letter", "exchange-rates")) {
            overrides.put("topics." + topic, "sources-e2e." + topic);
        }
        overrides.put("topics.authority-decisions-pattern", "sources-e2e.decisions.%s");
        overrides.put("sources.max-delist-share", "0.3");
        config = stack.config(overrides);
        stack.prepare(config);
        clients = new Clients(config);
        dir = Files.createTempDirectory("sentinel-sources-e2e-");
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
    void shouldImportEachFormatWithItsProvenance() throws Exception {
        Run ftm = run("watchlist", "import", fixture("entities.ftm.json"), "--format", "ftm", "--authority", "JO",
            "--edition", "2026-12-01", "-c", configFile.toString());
        assertThat(ftm.exitCode()).as(ftm.output()).isZero();
        assertThat(ftm.output()).contains("import batch IMP-",
            "opensanctions edition 2026-12-01: 4 listed read, 4 entries imported, 0 refused (2 entities of other kinds skipped)");
        Run un = run("watchlist", "import", fixture("consolidated.xml"), "--format", "UN", "--authority", "JO", "-c",
            configFile.toString());
        assertThat(un.output()).contains("un-sc edition 2026-11-28: 3 listed read, 3 entries imported, 0 refused");
        Run ofac = run("watchlist", "import", fixture("sdn.xml"), "--format", "OFAC", "--authority", "JO", "-c",
            configFile.toString());
        assertThat(ofac.output()).contains("ofac-sdn edition 2026-11-27: 3 listed read, 3 entries imported, 0 refused");
        Run delimited = run("watchlist", "import", fixture("ofac-csv/sdn.csv"), "--format", "OFAC_CSV", "--source",
            "ofac-legacy", "--authority", "JO", "--edition", "2026-11-27", "-c", configFile.toString());
        assertThat(delimited.output()).contains("ofac-legacy edition 2026-11-27: 3 listed read, 3 entries imported, 0 refused");

        await().atMost(TIMEOUT).untilAsserted(() -> {
            for (String id : List.of(HADDAD, NOUR, "un-sc:IQi.901", "un-sc:QDe.950", "ofac-sdn:990001", "ofac-sdn:990003",
                "ofac-legacy:990101", "ofac-legacy:990103")) {
                assertThat(app.watchlist().get(id)).as(id).isNotNull();
            }
        });
        WatchlistEntry jubouri = app.watchlist().get("un-sc:IQi.901");
        assertThat(jubouri.getProvenance().getSourceId()).isEqualTo("IQi.901");
        assertThat(jubouri.getProvenance().getEdition()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(jubouri.getParty().getWeakAliases()).containsExactly("Abu Bakr al-Athari");

        // a declaration naming a UN-listed party alerts, and the hit names the list, its id and the edition
        CustomsDeclaration listed = declaration("SRC-UN").exporter("Abdulrahman Al-Jubouri").build();
        Hit hit = partyHits(listed).stream().filter(h -> h.getEntryId().equals("un-sc:IQi.901")).findFirst().orElseThrow();
        assertThat(hit.getProvenance().getSource()).isEqualTo("un-sc");
        assertThat(hit.getExplanation()).contains("source un-sc IQi.901, edition 2026-11-28");
    }

    @Test
    @Order(2)
    void shouldSyncTheNextEditionToOneRevisionOneNewEntryAndOneDelisting() throws Exception {
        assertThat(partyHits(declaration("SRC-NOUR-1").exporter("Karim Abdel Nour").build()))
            .extracting(Hit::getEntryId).contains(NOUR);

        Run synced = run("watchlist", "sync", "--source", "opensanctions", fixture("entities-v2.ftm.json"), "--format", "ftm",
            "--authority", "JO", "--edition", "2026-12-02", "-c", configFile.toString());

        assertThat(synced.exitCode()).as(synced.output()).isZero();
        assertThat(synced.output()).contains("opensanctions edition 2026-12-02: 4 listed read (1 entities of other kinds skipped), "
            + "4 listed before: 1 new, 1 revised, 2 unchanged, 1 delisted, 0 refused", "import batch IMP-",
            "synced opensanctions to edition 2026-12-02: 1 new, 1 revised, 2 unchanged, 1 delisted");
        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(app.watchlist().get(NOUR)).isNull();
            assertThat(app.watchlist().get(NINEVEH)).isNotNull();
            assertThat(app.watchlist().get(BABYLON).getRevision()).isEqualTo(2L);
        });
        assertThat(app.watchlist().get(BABYLON).getProvenance().getEdition()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(app.watchlist().get(HADDAD).getRevision()).as("unchanged: not republished").isEqualTo(1L);
        assertThat(app.watchlist().get(HADDAD).getProvenance().getEdition()).isEqualTo(LocalDate.of(2026, 12, 1));

        // the removed party no longer alerts; the added one does, with the source in the explanation
        assertThat(partyHits(declaration("SRC-NOUR-2").exporter("Karim Abdel Nour").build())).extracting(Hit::getEntryId)
            .doesNotContain(NOUR);
        Hit added = partyHits(declaration("SRC-FARIS").exporter("Faris Jameel Al-Tikriti").build()).stream()
            .filter(h -> h.getEntryId().equals(NINEVEH)).findFirst().orElseThrow();
        assertThat(added.getExplanation()).contains("source opensanctions NK-3xampleNineveh, edition 2026-12-02");

        // the delisting is audited with the edition
        List<ConsumerRecord<String, WatchlistChange>> audit = clients.readValues(config.topics().watchlistAudit(),
            WatchlistChange.class, r -> r.stream().anyMatch(c -> c.key().equals(NOUR) && c.value().getAction() == ChangeAction.DELISTED),
            TIMEOUT);
        assertThat(audit).filteredOn(c -> c.key().equals(NOUR) && c.value().getAction() == ChangeAction.DELISTED).singleElement()
            .satisfies(c -> assertThat(c.value().getAuthor()).isEqualTo("sentinel watchlist sync opensanctions edition 2026-12-02"));
    }

    @Test
    @Order(3)
    void shouldChangeNothingWhenTheSameEditionIsSyncedAgain() throws Exception {
        Run again = run("watchlist", "sync", "--source", "opensanctions", fixture("entities-v2.ftm.json"), "--format", "ftm",
            "--authority", "JO", "--edition", "2026-12-03", "-c", configFile.toString());

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("4 listed before: 0 new, 0 revised, 4 unchanged, 0 delisted", "nothing to change")
            .doesNotContain("import batch");
    }

    @Test
    @Order(4)
    void shouldStopAnEditionThatWouldDelistTooMuchUnlessForced() throws Exception {
        Path truncated = dir.resolve("truncated.ftm.json");
        Files.writeString(truncated, Files.readAllLines(Path.of(fixture("entities-v2.ftm.json"))).get(0) + "\n");

        Run stopped = run("watchlist", "sync", "--source", "opensanctions", truncated.toString(), "--format", "ftm",
            "--authority", "JO", "-c", configFile.toString());

        assertThat(stopped.exitCode()).isEqualTo(3);
        assertThat(stopped.output()).contains("stopped: this edition would delist 3 of the 4 entries of opensanctions (75 %, "
            + "more than sources.max-delist-share 0.30). Nothing was changed.", "--force");

        // an edition that cannot be read delists nothing either
        Path broken = dir.resolve("broken.ftm.json");
        Files.writeString(broken, Files.readString(truncated) + "{\"id\":\"NK-cut\",\"sche");
        Run unreadable = run("watchlist", "sync", "--source", "opensanctions", broken.toString(), "--format", "ftm",
            "--authority", "JO", "--force", "-c", configFile.toString());
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.output()).contains("cannot read the edition, at line 2: not a JSON object",
            "nothing was submitted and nothing delisted");

        Run forced = run("watchlist", "sync", "--source", "opensanctions", truncated.toString(), "--format", "ftm",
            "--authority", "JO", "--force", "-c", configFile.toString());
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(app.watchlist().get(BABYLON)).isNull();
            assertThat(app.watchlist().get(NINEVEH)).isNull();
        });
        assertThat(app.watchlist().get(HADDAD)).isNotNull();
        assertThat(app.watchlist().get("un-sc:IQi.901")).as("another source's entries are left alone").isNotNull();
    }

    /** The party hits of a declaration's screening record. */
    private static List<Hit> partyHits(CustomsDeclaration declaration) {
        String key = RecordKeys.declaration(declaration);
        clients.send(config.topics().declarations(), key, declaration, CustomsDeclaration.class);
        List<ConsumerRecord<String, ScreeningRecord>> records = clients.readValues(config.topics().screeningResults(),
            ScreeningRecord.class, r -> r.stream().anyMatch(x -> x.key().equals(key)), TIMEOUT);
        return records.stream().filter(r -> r.key().equals(key)).reduce((a, b) -> b).orElseThrow().value().getHits();
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(WatchlistSourcesIT.class.getResource("/sources/" + name).toURI()).toString();
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
