package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Dimensions;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.cli.SentinelCli;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.synthetic.SampleWatchlist;
import org.heritagesentinel.synthetic.TrafficGenerator;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One code path: the demo's synthetic traffic screened by the stream, by {@code POST /screen} and by
 * {@code sentinel screen} gives the same hits (rule, entry, revision, score) for every declaration. RANDOM
 * selections are never answered on demand; the stateful rules' hits (split shipments, overdue temporary
 * exports) come from other declarations and are the stream's alone.
 */
class OnDemandScreeningIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String JORDAN = "token-of-jordan-on-demand";
    private static final int DECLARATIONS = 60;
    private static final Set<RuleType> STREAM_ONLY = Set.of(RuleType.RANDOM, RuleType.SPLIT_SHIPMENT, RuleType.TEMP_EXPORT_OVERDUE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SentinelConfig config;
    private static SentinelApplication app;
    private static Path dir;
    private static Map<String, String> overrides;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        overrides = IsolatedInstances.overrides("sentinel-screen-e2e", "screen-e2e");
        overrides.put("queries.tokens", "JO=" + JORDAN);
        overrides.put("queries.rate", "1000"); // sixty questions in a row: the rate limit is not what is tested here
        overrides.put("queries.burst", "1000");
        config = stack.config(overrides);
        stack.prepare(config);
        app = IsolatedInstances.instance(config, "a");
        app.start();
        await().atMost(TIMEOUT).until(app::isReady);
        dir = Files.createTempDirectory("sentinel-screen-e2e-");
    }

    @AfterAll
    static void stop() {
        IsolatedInstances.close(app);
    }

    @Test
    void shouldAnswerTheStreamsHitsOnDemandAndFromTheCommandLine() throws Exception {
        // Given the demo's watchlist, and its traffic screened by the stream
        Clients clients = new Clients(config);
        List<WatchlistEntry> entries = SampleWatchlist.entries();
        for (WatchlistEntry entry : entries) {
            clients.send(config.topics().watchlistSubmissions(), entry.getEntryId(), entry, WatchlistEntry.class);
        }
        await().atMost(TIMEOUT).until(() -> app.watchlist().size() >= entries.size());
        TrafficGenerator traffic = new TrafficGenerator(11, 0.5, SampleWatchlist.background(), "ASYCUDA");
        List<CustomsDeclaration> declarations = new ArrayList<>();
        Instant at = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < DECLARATIONS; i++) {
            CustomsDeclaration d = traffic.declaration(at.plusSeconds(i));
            declarations.add(d);
            clients.send(config.topics().declarations(), RecordKeys.declaration(d), d, CustomsDeclaration.class);
        }
        List<ConsumerRecord<String, ScreeningRecord>> records = clients.readValues(config.topics().screeningResults(),
            ScreeningRecord.class, r -> r.stream().map(ConsumerRecord::key).distinct().count() >= DECLARATIONS, TIMEOUT);

        // When each is asked over HTTP, and all of them from the command line
        HttpClient http = HttpClient.newHttpClient();
        StringBuilder lines = new StringBuilder();
        List<Set<String>> onDemand = new ArrayList<>();
        for (CustomsDeclaration d : declarations) {
            String request = JSON.writeValueAsString(JSON.createObjectNode().set("declaration", asJson(d)));
            lines.append(request).append('\n');
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.httpUri() + "/screen"))
                .header("Authorization", "Bearer " + JORDAN).POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Set<String> hits = new TreeSet<>();
            JSON.readTree(answer.body()).get("hits").forEach(h -> hits.add(h.get("ruleType").asText() + " "
                + h.get("entryId").asText() + " rev " + h.get("entryRevision").asLong() + " score " + h.get("score").asInt()));
            onDemand.add(hits);
        }
        Path file = dir.resolve("declarations.jsonl");
        Files.writeString(file, lines);
        String printed = runScreen(file);

        // Then every declaration gets the stream's hits from both
        int alerting = 0;
        for (int i = 0; i < DECLARATIONS; i++) {
            String key = RecordKeys.declaration(declarations.get(i));
            ScreeningRecord streamed = records.stream().filter(r -> r.key().equals(key)).reduce((a, b) -> b).orElseThrow().value();
            Set<String> expected = new TreeSet<>();
            for (Hit h : streamed.getHits()) {
                if (!STREAM_ONLY.contains(h.getRuleType())) {
                    expected.add(h.getRuleType() + " " + h.getEntryId() + " rev " + h.getEntryRevision() + " score " + h.getScore());
                }
            }
            assertThat(onDemand.get(i)).as("POST /screen for " + key).isEqualTo(expected);
            String line = printed.lines().filter(l -> l.startsWith("line ")).toList().get(i);
            assertThat(line).as("sentinel screen for " + key).contains(expected.isEmpty() ? ", no hit" : expected.size() + " hit(s)");
            for (String hit : expected) {
                String[] parts = hit.split(" ");
                assertThat(line).contains(parts[0] + " " + parts[1] + " rev " + parts[3]);
            }
            alerting += expected.isEmpty() ? 0 : 1;
        }
        assertThat(alerting).as("the traffic has hits to compare").isGreaterThan(5);
        assertThat(printed).contains(DECLARATIONS + " rows screened, " + alerting + " would alert, 0 refused");
    }

    private static String runScreen(Path file) throws Exception {
        Properties props = new Properties();
        overrides.forEach(props::setProperty);
        props.setProperty("kafka.bootstrap.servers", config.bootstrapServers());
        props.setProperty("registry.url", config.registryUrl());
        Path configFile = dir.resolve("sentinel.properties");
        try (var out = Files.newBufferedWriter(configFile)) {
            props.store(out, null);
        }
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SentinelCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute("screen", file.toString(), "--authority", "JO", "-c", configFile.toString());
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }

    /** The declaration in the request form of POST /screen (field names of the Avro record). */
    private static ObjectNode asJson(CustomsDeclaration d) {
        ObjectNode n = JSON.createObjectNode().put("declarationId", d.getDeclarationId()).put("authority", d.getAuthority())
            .put("sourceSystem", d.getSourceSystem()).put("version", d.getVersion()).put("type", d.getType().name())
            .put("acceptedAt", d.getAcceptedAt().toString());
        ArrayNode parties = n.putArray("parties");
        for (Party p : d.getParties()) {
            ObjectNode party = parties.addObject().put("role", p.getRole().name()).put("kind", p.getKind().name())
                .put("name", p.getName()).put("country", p.getCountry()).put("address", p.getAddress())
                .put("dateOfBirth", p.getDateOfBirth() == null ? null : p.getDateOfBirth().toString());
            ArrayNode ids = party.putArray("identifiers");
            for (PartyIdentifier id : p.getIdentifiers()) {
                ids.addObject().put("scheme", id.getScheme().name()).put("value", id.getValue())
                    .put("issuingCountry", id.getIssuingCountry());
            }
        }
        ObjectNode route = n.putObject("route").put("originCountry", d.getRoute().getOriginCountry())
            .put("exportCountry", d.getRoute().getExportCountry()).put("destinationCountry", d.getRoute().getDestinationCountry());
        d.getRoute().getTransitCountries().forEach(route.putArray("transitCountries")::add);
        ObjectNode transport = n.putObject("transport").put("mode", d.getTransport().getMode().name())
            .put("meansId", d.getTransport().getMeansId()).put("meansNationality", d.getTransport().getMeansNationality());
        d.getTransport().getContainers().forEach(transport.putArray("containers")::add);
        ArrayNode items = n.putArray("items");
        for (DeclarationItem i : d.getItems()) {
            ObjectNode item = items.addObject().put("itemNumber", i.getItemNumber()).put("hsCode", i.getHsCode())
                .put("description", i.getDescription()).put("originCountry", i.getOriginCountry())
                .put("declaredPeriod", i.getDeclaredPeriod()).put("quantity", i.getQuantity()).put("netMassKg", i.getNetMassKg())
                .put("grossMassKg", i.getGrossMassKg()).put("packages", i.getPackages()).put("quantityUnit", i.getQuantityUnit())
                .put("marks", i.getMarks()).put("procedureCode", i.getProcedureCode());
            if (i.getStatisticalValue() != null) {
                item.putObject("statisticalValue").put("amount", i.getStatisticalValue().getAmount().toPlainString())
                    .put("currency", i.getStatisticalValue().getCurrency());
            }
            if (i.getDimensions() != null) {
                Dimensions m = i.getDimensions();
                item.putObject("dimensions").put("heightCm", m.getHeightCm()).put("widthCm", m.getWidthCm())
                    .put("depthCm", m.getDepthCm()).put("diameterCm", m.getDiameterCm()).put("weightKg", m.getWeightKg());
            }
            documents(i.getDocuments(), item.putArray("documents"));
        }
        documents(d.getDocuments(), n.putArray("documents"));
        return n;
    }

    private static void documents(List<DocumentReference> documents, ArrayNode out) {
        for (DocumentReference doc : documents) {
            out.addObject().put("type", doc.getType().name()).put("reference", doc.getReference())
                .put("issuingCountry", doc.getIssuingCountry())
                .put("issuedOn", doc.getIssuedOn() == null ? null : doc.getIssuedOn().toString())
                .put("validUntil", doc.getValidUntil() == null ? null : doc.getValidUntil().toString());
        }
    }
}
