package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.reliability.ListedContainerApp.header;
import static org.heritagesentinel.reliability.ListedContainerApp.keys;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.cli.SentinelCli;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SchemaRegistrar;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testdata.Declarations;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input, tried systematically on a real broker and registry: what cannot be decoded is dead-lettered
 * with its reason, everything decodable is screened (with warnings), the application never stops and the
 * counts reconcile: records in = screened + dead-lettered. Then a registry outage turns good records into
 * dead letters, and {@code sentinel dlq replay} re-injects them, exactly once, after the fix.
 */
class BadInputEndToEndIT {
    private static final Duration TIMEOUT = ListedContainerApp.TIMEOUT;
    private static ListedContainerApp running;
    private static EmbeddedStack stack;
    private static IsolatedConfig isolated;
    private static Clients clients;
    private static SentinelApplication app;

    @BeforeAll
    static void start() throws IOException {
        running = ListedContainerApp.start("badinput");
        stack = running.stack;
        isolated = running.isolated;
        clients = running.clients;
        app = running.app;
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void shouldDeadLetterOnlyWhatCannotBeDecodedAndScreenEverythingElseWithWarnings() throws Exception {
        String topic = isolated.config().topics().declarations();
        SentinelSerdes serdes = new SentinelSerdes(isolated.config());
        // Given records that cannot be decoded as a declaration
        Map<String, byte[]> undecodable = undecodable(topic, serdes);
        // and decodable declarations that are odd in every documented way, each on a listed container
        Map<String, CustomsDeclaration> decodable = decodable();

        undecodable.forEach((key, bytes) -> clients.sendRaw(topic, key.getBytes(StandardCharsets.UTF_8), bytes));
        decodable.forEach((key, d) -> clients.send(topic, key, d, CustomsDeclaration.class));

        // Then every undecodable record is dead-lettered once, with its origin and reason, bytes unchanged
        List<ConsumerRecord<byte[], byte[]>> dead = clients.readRaw(isolated.config().topics().deadLetter(),
            r -> keys(r).containsAll(undecodable.keySet()), TIMEOUT);
        // and every decodable one is screened: exactly one NEW alert each, carrying the validation warnings
        List<ConsumerRecord<String, Alert>> alerts = clients.readValues(isolated.config().topics().alerts(), Alert.class,
            r -> r.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(decodable.keySet()), TIMEOUT);
        // keep reading briefly so a late duplicate would be seen
        alerts = clients.readValues(isolated.config().topics().alerts(), Alert.class, r -> false, Duration.ofSeconds(3));
        dead = clients.readRaw(isolated.config().topics().deadLetter(), r -> false, Duration.ofSeconds(3));

        Map<String, List<ConsumerRecord<byte[], byte[]>>> deadByKey = dead.stream()
            .filter(r -> topic.equals(header(r, "__streams.errors.topic")))
            .collect(Collectors.groupingBy(r -> new String(r.key(), StandardCharsets.UTF_8)));
        assertThat(deadByKey.keySet()).containsExactlyInAnyOrderElementsOf(undecodable.keySet());
        deadByKey.forEach((key, records) -> {
            assertThat(records).as(key).hasSize(1);
            assertThat(records.get(0).value()).as(key).isEqualTo(undecodable.get(key));
            assertThat(header(records.get(0), "__streams.errors.exception")).as(key).isNotBlank();
        });
        Map<String, List<Alert>> alertsByKey = alerts.stream()
            .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(ConsumerRecord::value, Collectors.toList())));
        assertThat(alertsByKey.keySet()).containsExactlyInAnyOrderElementsOf(decodable.keySet());
        alertsByKey.forEach((key, list) -> {
            assertThat(list).as(key).hasSize(1);
            assertThat(list.get(0).getStatus()).as(key).isEqualTo(AlertStatus.NEW);
        });
        for (String key : List.of("BAD:hs-invalid", "BAD:country-historic", "BAD:value-negative", "BAD:date-far-future",
            "BAD:party-empty-name", "BAD:no-items")) {
            assertThat(alertsByKey.get(key).get(0).getWarnings()).as(key).isNotEmpty();
        }
        // And the counts reconcile, and the application is still running
        int in = undecodable.size() + decodable.size();
        assertThat(deadByKey.size() + alertsByKey.size()).isEqualTo(in);
        assertThat(app.isReady()).isTrue();
        System.out.printf("bad input: %d records in = %d screened + %d dead-lettered%n", in, alertsByKey.size(),
            deadByKey.size());
    }

    @Test
    void shouldRefuseEveryPoisonWatchlistEntryAndAcceptOddButValidOnes() {
        String submissions = isolated.config().topics().watchlistSubmissions();
        Map<String, WatchlistEntry> poison = new LinkedHashMap<>();
        poison.put("PSN-NO-PARTY", WatchlistEntries.base("PSN-NO-PARTY", EntryKind.PARTY).build());
        poison.put("PSN-KEY-MISMATCH", WatchlistEntries.listedParty("PSN-OTHER-ID", "Somebody Else", null));
        poison.put("PSN-WEIGHT", WatchlistEntries.base("PSN-WEIGHT", EntryKind.CONVEYANCE).setRiskWeight(1000)
            .setConveyance(ListedConveyance.newBuilder().setContainers(List.of("ABCU1234567")).build()).build());
        poison.put("PSN-BLANK-NAMES", WatchlistEntries.base("PSN-BLANK-NAMES", EntryKind.PARTY)
            .setParty(ListedParty.newBuilder().setNames(List.of(" ", "\u0000")).build()).build());
        poison.put("PSN-HS", WatchlistEntries.base("PSN-HS", EntryKind.RISK_PROFILE).setProfile(RiskProfile.newBuilder()
            .setRuleType(RuleType.EMBARGO_ORIGIN).setHsPrefixes(List.of("97A5")).build()).build());
        poison.put("PSN-AUTHORITY", WatchlistEntries.base("PSN-AUTHORITY", EntryKind.CONVEYANCE).setListingAuthority("jo; drop")
            .setConveyance(ListedConveyance.newBuilder().setContainers(List.of("ABCU1234567")).build()).build());
        // a name of 40,000 characters costs every declaration compared with it: refused (limits.entry.name-length)
        poison.put("PSN-HUGE-NAME", WatchlistEntries.listedParty("PSN-HUGE-NAME", "Ab".repeat(20_000), null));
        Map<String, WatchlistEntry> odd = new LinkedHashMap<>();
        odd.put("ODD-LONG-NAME", WatchlistEntries.listedParty("ODD-LONG-NAME", "Ab".repeat(60), null));
        odd.put("ODD-CONTROL", WatchlistEntries.listedParty("ODD-CONTROL", "Ka\u0000rim\u0007 \u001b[31mHaddad", null));
        odd.put("ODD-MIXED", WatchlistEntries.listedParty("ODD-MIXED", "Karim حداد Хаддад", null));

        poison.forEach((key, e) -> clients.send(submissions, key, e, WatchlistEntry.class));
        clients.sendRaw(submissions, "PSN-BYTES".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3, 4, 5, 6, 7});
        odd.forEach((key, e) -> clients.send(submissions, key, e, WatchlistEntry.class));

        Set<String> refused = new java.util.HashSet<>(poison.keySet());
        refused.add("PSN-BYTES");
        List<ConsumerRecord<byte[], byte[]>> dead = clients.readRaw(isolated.config().topics().deadLetter(),
            r -> keys(r).containsAll(refused), TIMEOUT);
        assertThat(keys(dead.stream().filter(r -> submissions.equals(header(r, "__streams.errors.topic"))).toList()))
            .containsExactlyInAnyOrderElementsOf(refused);
        await().atMost(TIMEOUT).until(() -> odd.keySet().stream().allMatch(id -> app.watchlist().get(id) != null));
        assertThat(poison.keySet()).allMatch(id -> app.watchlist().get(id) == null);
        assertThat(app.isReady()).isTrue();
    }

    @Test
    void shouldScreenDeadLettersOfARegistryOutageOnceTheyAreReplayedAfterTheFix() throws Exception {
        // Given an application whose registry is unreachable: every declaration becomes a dead letter
        IsolatedConfig replay = IsolatedConfig.of(stack.kafka().bootstrapServers(), stack.registry().apiUrl(), "replay",
            Map.of());
        stack.prepare(replay.config());
        IsolatedConfig outage = replay.with(Map.of("registry.url", "http://127.0.0.1:9/apis/registry/v2",
            "registry.retry-count", "0"));
        Clients replayClients = new Clients(replay.config());
        ListedContainerApp.listContainer(replayClients, replay);
        List<String> keys = List.of("RPL:1", "RPL:2", "RPL:3", "RPL:4", "RPL:5");
        for (String key : keys) {
            replayClients.send(replay.config().topics().declarations(), key, listed(declaration(key)),
                CustomsDeclaration.class);
        }
        try (SentinelApplication broken = new SentinelApplication(outage.config(), new SentinelSerdes(outage.config()),
            stateDir("outage"))) {
            broken.start();
            List<ConsumerRecord<byte[], byte[]>> dead = replayClients.readRaw(replay.config().topics().deadLetter(),
                r -> keys(r).containsAll(keys), TIMEOUT);
            assertThat(keys(dead)).containsAll(keys);
        }

        // When the registry is back (same application id) and the dead letters are replayed
        try (SentinelApplication fixed = new SentinelApplication(replay.config(), new SentinelSerdes(replay.config()),
            stateDir("fixed"))) {
            fixed.start();
            java.nio.file.Path props = replay.writeTo(Files.createTempFile("sentinel-replay-", ".properties"));
            // the watchlist submission was dead-lettered too: it goes first, so screening sees the full list
            String watchlist = runCli("dlq", "replay", "-c", props.toString(), "--topic",
                replay.config().topics().watchlistSubmissions());
            await().atMost(TIMEOUT).until(() -> fixed.watchlist().size() == 1);
            String declarations = runCli("dlq", "replay", "-c", props.toString(), "--topic",
                replay.config().topics().declarations());
            String again = runCli("dlq", "replay", "-c", props.toString());

            // Then each is screened exactly once, and a second replay re-injects nothing
            assertThat(watchlist).contains("replayed 1 dead letters");
            assertThat(declarations).contains("replayed " + keys.size() + " dead letters");
            assertThat(again).contains("replayed 0 dead letters");
            List<ConsumerRecord<String, Alert>> alerts = replayClients.readValues(replay.config().topics().alerts(),
                Alert.class, r -> false, Duration.ofSeconds(1));
            await().atMost(TIMEOUT).until(() -> {
                alerts.clear();
                alerts.addAll(replayClients.readValues(replay.config().topics().alerts(), Alert.class,
                    r -> r.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(keys),
                    Duration.ofSeconds(10)));
                return alerts.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(keys);
            });
            assertThat(alerts).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    private static Properties stateDir(String name) throws IOException {
        Properties p = new Properties();
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-" + name + "-").toString());
        return p;
    }

    private static String runCli(String... args) {
        picocli.CommandLine cli = new picocli.CommandLine(new SentinelCli());
        java.io.StringWriter text = new java.io.StringWriter();
        cli.setOut(new java.io.PrintWriter(text, true));
        int rc = cli.execute(args);
        assertThat(rc).as(String.join(" ", args) + ": " + text).isZero();
        return text.toString();
    }

    private static Map<String, byte[]> undecodable(String topic, SentinelSerdes serdes) throws IOException {
        Map<String, byte[]> records = new LinkedHashMap<>();
        Random random = new Random(42);
        byte[] bytes = new byte[64];
        random.nextBytes(bytes);
        bytes[0] = 7;
        records.put("BAD:random-bytes", bytes.clone());
        random.nextBytes(bytes);
        bytes[0] = 0;
        records.put("BAD:random-bytes-magic-zero", bytes.clone());
        records.put("BAD:empty-bytes", new byte[0]);
        byte[] valid = serdes.value(CustomsDeclaration.class).serializer().serialize(topic,
            listed(declaration("BAD:truncated")));
        records.put("BAD:truncated", Arrays.copyOf(valid, valid.length / 2));
        byte[] unknownId = valid.clone();
        ByteBuffer.wrap(unknownId).put(0, (byte) 0).putInt(1, 0x7ff0_0001);
        records.put("BAD:unknown-schema-id", unknownId);
        // a watchlist entry, in the wire format under its own registered schema, on the declarations topic
        records.put("BAD:wrong-schema", serdes.value(WatchlistEntry.class).serializer().serialize(
            isolated.config().topics().watchlistSubmissions(),
            WatchlistEntries.listedParty("PTY-9", "Somebody", null)));
        records.put("BAD:missing-required-route", variant("missing-route", s -> withoutField(s, "route"), "route"));
        records.put("BAD:null-required-id", variant("nullable-id", s -> nullableField(s, "declarationId"), "declarationId"));
        return records;
    }

    /** A declaration written with a registered schema variant; {@code field} is left out or null. */
    private static byte[] variant(String name, UnaryOperator<Schema> change, String field) throws IOException {
        Schema schema = change.apply(CustomsDeclaration.getClassSchema());
        int id = new SchemaRegistrar(stack.registry().confluentCompatUrl()).register(new SchemaRegistrar.Contract(
            "badinput-" + name + "-value", schema, TopicContract.Compatibility.BACKWARD_TRANSITIVE));
        CustomsDeclaration source = listed(declaration("BAD:" + name));
        GenericRecord record = new GenericData.Record(schema);
        for (Schema.Field f : schema.getFields()) {
            if (!f.name().equals(field)) {
                record.put(f.name(), GenericData.get().deepCopy(f.schema(),
                    toGeneric(source.get(f.name()), CustomsDeclaration.getClassSchema().getField(f.name()).schema())));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema, GenericData.get()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static Object toGeneric(Object specificValue, Schema schema) throws IOException {
        // round trip through binary: the simplest exact conversion from specific to generic data
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new org.apache.avro.specific.SpecificDatumWriter<Object>(schema).write(specificValue, encoder);
        encoder.flush();
        return new org.apache.avro.generic.GenericDatumReader<Object>(schema).read(null,
            org.apache.avro.io.DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    }

    private static Schema withoutField(Schema schema, String name) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : schema.getFields()) {
            if (!f.name().equals(name)) {
                fields.add(new Schema.Field(f, f.schema()));
            }
        }
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Schema nullableField(Schema schema, String name) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : schema.getFields()) {
            fields.add(f.name().equals(name)
                ? new Schema.Field(f.name(), Schema.createUnion(Schema.create(Schema.Type.NULL), f.schema()), f.doc(),
                    Schema.Field.NULL_DEFAULT_VALUE)
                : new Schema.Field(f, f.schema()));
        }
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Map<String, CustomsDeclaration> decodable() {
        Map<String, CustomsDeclaration> d = new LinkedHashMap<>();
        d.put("BAD:hs-2017", listed(declaration("hs-2017").item("970590", "collection, HS 2017 heading", "FR")));
        d.put("BAD:hs-national-8", listed(declaration("hs-national-8").item("97051000", "collection", "FR")));
        d.put("BAD:hs-national-10", listed(declaration("hs-national-10").item("9705100000", "collection", "FR")));
        d.put("BAD:hs-invalid", listed(declaration("hs-invalid").item("97A5-X", "collection", "FR")));
        d.put("BAD:hs-empty", listed(declaration("hs-empty").item("", "collection", "FR")));
        d.put("BAD:country-historic", listed(declaration("country-historic").item("970510", "coins", "SU")
            .route("YU", "DD", List.of("CS"), "JO")));
        d.put("BAD:country-unknown", listed(declaration("country-unknown").item("970510", "coins", "ZZ")
            .route("SYR", "sy", List.of("", " "), "1")));
        d.put("BAD:value-negative", withItem("value-negative", i -> i.setStatisticalValue(money("-1200.0000"))));
        d.put("BAD:value-absurd", withItem("value-absurd", i -> i.setStatisticalValue(money("99999999999999.9999"))));
        d.put("BAD:quantity-nan", withItem("quantity-nan", i -> i.setQuantity(Double.NaN).setGrossMassKg(Double.POSITIVE_INFINITY)
            .setNetMassKg(-5.0).setPackages(-3)));
        d.put("BAD:date-far-future", listed(declaration("date-far-future").acceptedAt(Instant.parse("9999-12-31T23:59:59Z"))));
        d.put("BAD:date-far-past", listed(declaration("date-far-past").acceptedAt(Instant.parse("1900-01-01T00:00:00Z"))));
        d.put("BAD:date-epoch-min", listed(declaration("date-epoch-min").acceptedAt(Instant.ofEpochMilli(Long.MIN_VALUE))));
        d.put("BAD:party-huge-name", withParty("party-huge-name", "Haddad ".repeat(30_000)));
        d.put("BAD:party-empty-name", withParty("party-empty-name", ""));
        d.put("BAD:party-mixed-scripts", withParty("party-mixed-scripts", "Mohamed الوزاني Уаззани 王"));
        d.put("BAD:party-control-chars", withParty("party-control-chars", "Moh\u0000amed\u0007 \u001b[31mEl\r\nOuazzani\u202e"));
        CustomsDeclaration.Builder many = CustomsDeclaration.newBuilder(listed(declaration("items-huge")));
        List<DeclarationItem> items = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            items.add(DeclarationItem.newBuilder(many.getItems().get(0)).setItemNumber(i + 1).build());
        }
        d.put("BAD:items-huge", many.setItems(items).build());
        d.put("BAD:no-items", CustomsDeclaration.newBuilder(listed(declaration("no-items"))).setItems(List.of())
            .setParties(List.of()).build());
        d.put("BAD:version-negative", listed(declaration("version-negative").version(-7)));
        d.put("BAD:empty-ids", CustomsDeclaration.newBuilder(listed(declaration(""))).setAuthority("")
            .setSourceSystem("").build());
        return d;
    }

    private static CustomsDeclaration listed(Declarations declaration) {
        return ListedContainerApp.onListedContainer(declaration.build());
    }

    private static CustomsDeclaration withItem(String id, UnaryOperator<DeclarationItem.Builder> change) {
        CustomsDeclaration d = listed(declaration(id));
        return CustomsDeclaration.newBuilder(d).setItems(List.of(change.apply(DeclarationItem.newBuilder(d.getItems().get(0)))
            .build())).build();
    }

    private static CustomsDeclaration withParty(String id, String name) {
        CustomsDeclaration d = listed(declaration(id));
        return CustomsDeclaration.newBuilder(d).setParties(List.of(Party.newBuilder().setRole(PartyRole.EXPORTER)
            .setName(name).build())).build();
    }

    private static Money money(String amount) {
        return Money.newBuilder().setAmount(new BigDecimal(amount)).setCurrency("USD").build();
    }


}
