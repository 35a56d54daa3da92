package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.e2e.SharedStack;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.heritagesentinel.testkit.ScrapedMetrics;
import org.heritagesentinel.topology.DeadLetterFit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data-path attacks of issue 21, on a real broker and registry: no record can stop its partition
 * (an oversized garbage value, a valid declaration of about 1 MB), a declaration without key is
 * dead-lettered with its reason and counted, a watchlist entry too large to compare in bounded time
 * or of an unknown sharing scope is refused with the limit named (docs/reliability.md, "Independent
 * attack (issue 21): the data path").
 */
class PoisonRecordEndToEndIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String LISTED_CONTAINER = "TGHU8843217";
    private static EmbeddedStack stack;
    private static IsolatedConfig isolated;
    private static Clients clients;
    private static SentinelApplication app;

    @BeforeAll
    static void start() throws IOException {
        stack = SharedStack.get();
        isolated = IsolatedConfig.of(stack.kafka().bootstrapServers(), stack.registry().apiUrl(), "poison", Map.of());
        stack.prepare(isolated.config());
        clients = new Clients(isolated.config());
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-poison-").toString());
        app = new SentinelApplication(isolated.config(), new SentinelSerdes(isolated.config()), overrides);
        clients.send(isolated.config().topics().watchlistSubmissions(), "CNV-LISTED", WatchlistEntries.base("CNV-LISTED",
            EntryKind.CONVEYANCE).setConveyance(ListedConveyance.newBuilder().setContainers(List.of(LISTED_CONTAINER)).build())
            .setRiskWeight(60).build(), WatchlistEntry.class);
        app.start();
        await().atMost(TIMEOUT).until(() -> app.isReady() && app.watchlist().size() == 1);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anOversizedRecordIsDeadLetteredOnceAndTheNextRecordOfItsPartitionIsScreenedWithinTenSeconds() throws Exception {
        String topic = isolated.config().topics().declarations();
        SentinelSerdes serdes = new SentinelSerdes(isolated.config());
        // Given, on one partition, a garbage value of 1,047,000 bytes and a valid declaration of about 1 MB
        byte[] garbage = new byte[1_047_000];
        new Random(21).nextBytes(garbage);
        byte[] huge = serdes.value(CustomsDeclaration.class).serializer().serialize(topic, hugeDeclaration("PP:huge"));
        assertThat(huge.length).isBetween(900_000, 1_040_000);
        clients.sendRaw(topic, 0, bytes("PP:garbage"), garbage);
        clients.sendRaw(topic, 0, bytes("PP:huge"), huge);

        // When a good declaration follows them on the same partition
        long sent = System.nanoTime();
        clients.sendRaw(topic, 0, bytes("PP:next"), serdes.value(CustomsDeclaration.class).serializer().serialize(topic,
            listed("PP:next")));

        // Then it is screened within 10 s
        List<ConsumerRecord<String, Alert>> alerts = clients.readValues(isolated.config().topics().alerts(), Alert.class,
            r -> r.stream().anyMatch(a -> a.key().equals("PP:next")), Duration.ofSeconds(10));
        double seconds = (System.nanoTime() - sent) / 1e9;
        assertThat(alerts).extracting(ConsumerRecord::key).contains("PP:next");
        System.out.printf("poison: the record after two oversized ones screened %.1f s after it was sent%n", seconds);
        // and each oversized record is dead-lettered once: the garbage cut to fit, with its size, digest and
        // position; the declaration, which fits, whole
        List<ConsumerRecord<byte[], byte[]>> dead = clients.readRaw(isolated.config().topics().deadLetter(), r -> false,
            Duration.ofSeconds(3));
        Map<String, List<ConsumerRecord<byte[], byte[]>>> byKey = dead.stream()
            .filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith("PP:"))
            .collect(Collectors.groupingBy(r -> new String(r.key(), StandardCharsets.UTF_8)));
        assertThat(byKey.keySet()).containsExactlyInAnyOrder("PP:garbage", "PP:huge");
        assertTruncatedCopyOf(byKey.get("PP:garbage"), garbage, topic);
        assertThat(byKey.get("PP:huge")).hasSize(1);
        ConsumerRecord<byte[], byte[]> wholeLetter = byKey.get("PP:huge").get(0);
        assertThat(wholeLetter.value()).isEqualTo(huge);
        assertThat(header(wholeLetter, DeadLetterFit.TRUNCATED)).isNull();
        assertThat(header(wholeLetter, "__streams.errors.message")).contains("limits.record-bytes");
        assertThat(app.isReady()).isTrue();
    }

    @Test
    void aDeclarationWithoutKeyIsDeadLetteredWithItsReasonAndTheCountsReconcile() throws Exception {
        String topic = isolated.config().topics().declarations();
        SentinelSerdes serdes = new SentinelSerdes(isolated.config());
        CustomsDeclaration keyless = listed("NK:keyless");
        clients.sendRaw(topic, 1, null, serdes.value(CustomsDeclaration.class).serializer().serialize(topic, keyless));
        clients.sendRaw(topic, 1, bytes("NK:after"), serdes.value(CustomsDeclaration.class).serializer().serialize(topic,
            listed("NK:after")));

        List<ConsumerRecord<byte[], byte[]>> dead = clients.readRaw(isolated.config().topics().deadLetter(),
            r -> r.stream().anyMatch(d -> d.key() == null && "1".equals(header(d, "__streams.errors.partition"))), TIMEOUT);
        ConsumerRecord<byte[], byte[]> letter = dead.stream().filter(d -> d.key() == null).findFirst().orElseThrow();
        assertThat(header(letter, "__streams.errors.topic")).isEqualTo(topic);
        assertThat(header(letter, "__streams.errors.message")).contains("declaration without key");
        assertThat(letter.value()).isEqualTo(serdes.value(CustomsDeclaration.class).serializer().serialize(topic, keyless));
        clients.readValues(isolated.config().topics().alerts(), Alert.class,
            r -> r.stream().anyMatch(a -> a.key().equals("NK:after")), TIMEOUT);

        // and the metrics account for every declaration read: in = processed + dead-lettered
        await().atMost(TIMEOUT).untilAsserted(() -> {
            ScrapedMetrics metrics = ScrapedMetrics.parse(scrape("/metrics"));
            double in = metrics.value("sentinel_records_in_total", "topic", topic);
            double processed = metrics.value("sentinel_records_processed_total", "topic", topic);
            double deadLettered = metrics.samples("sentinel_dead_letters_total", "source", topic).stream()
                .mapToDouble(ScrapedMetrics.Sample::value).sum();
            assertThat(metrics.value("sentinel_dead_letters_total", "source", topic, "reason", "RefusedRecordException"))
                .isGreaterThanOrEqualTo(1);
            assertThat(in).isGreaterThanOrEqualTo(2).isEqualTo(processed + deadLettered);
        });
    }

    @Test
    void anEntryTooLargeToCompareOrOfUnknownScopeIsRefusedWithTheLimitNamed() {
        String submissions = isolated.config().topics().watchlistSubmissions();
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            aliases.add("Alias " + Integer.toString(i, 26));
        }
        clients.send(submissions, "PSN-ALIASES", WatchlistEntries.base("PSN-ALIASES", EntryKind.PARTY)
            .setParty(ListedParty.newBuilder().setNames(aliases).build()).build(), WatchlistEntry.class);
        clients.send(submissions, "PSN-SCOPE", WatchlistEntries.base("PSN-SCOPE", EntryKind.CONVEYANCE)
            .setSharingScope(SharingScope.UNKNOWN)
            .setConveyance(ListedConveyance.newBuilder().setContainers(List.of("ABCU1234567")).build()).build(),
            WatchlistEntry.class);

        List<ConsumerRecord<byte[], byte[]>> dead = clients.readRaw(isolated.config().topics().deadLetter(),
            r -> keysOf(r).containsAll(List.of("PSN-ALIASES", "PSN-SCOPE")), TIMEOUT);
        Map<String, String> reasons = dead.stream().filter(r -> r.key() != null)
            .collect(Collectors.toMap(r -> new String(r.key(), StandardCharsets.UTF_8),
                r -> header(r, "__streams.errors.message"), (a, b) -> b));
        assertThat(reasons.get("PSN-ALIASES")).contains("names: 70000 aliases, at most "
            + isolated.config().limits().entry().names() + " (limits.entry.names)");
        assertThat(reasons.get("PSN-SCOPE")).contains("sharingScope must be NATIONAL, REGIONAL or ORIGINATOR_CONTROLLED");
        assertThat(app.watchlist().get("PSN-ALIASES")).isNull();
        assertThat(app.watchlist().get("PSN-SCOPE")).isNull();
    }

    /**
     * Delay measured as the app sees it: the wall-clock time of each screening ({@code screenedAt}) less the time
     * its declaration was acknowledged by the broker, the slowest of a few declarations whose parties share name
     * parts with the entry (so they are its candidates live and in retro-screening), before the entry and right
     * after it is indexed.
     */
    @Test
    void anEntryJustUnderEveryLimitDelaysTheScreeningOfOtherDeclarationsByAtMostOneSecond() {
        Duration before = slowestScreening("UL:before-");

        WatchlistEntry entry = WatchlistEntries.justUnderEveryLimit("PSN-LIMITS", isolated.config().limits().entry());
        clients.send(isolated.config().topics().watchlistSubmissions(), "PSN-LIMITS", entry, WatchlistEntry.class);
        await().atMost(TIMEOUT).until(() -> app.watchlist().get("PSN-LIMITS") != null);
        Duration after = slowestScreening("UL:after-");

        System.out.printf("limits: slowest screening %d ms before the entry, %d ms right after it was indexed%n",
            before.toMillis(), after.toMillis());
        assertThat(after).isLessThanOrEqualTo(before.plusSeconds(1));
    }

    private static Duration slowestScreening(String prefix) {
        Map<String, Long> acknowledged = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            String key = prefix + i;
            clients.send(isolated.config().topics().declarations(), key, declaration(key)
                .exporter("Youssef Haddad " + prefix.charAt(3) + i).importer("Karim Abd al Mansour " + i, "JO-88" + i)
                .build(), CustomsDeclaration.class);
            acknowledged.put(key, System.currentTimeMillis());
        }
        List<ConsumerRecord<String, ScreeningRecord>> records = clients.readValues(
            isolated.config().topics().screeningResults(), ScreeningRecord.class,
            r -> r.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(acknowledged.keySet()),
            TIMEOUT);
        return records.stream().filter(r -> acknowledged.containsKey(r.key()) && !r.value().getRetro())
            .map(r -> Duration.ofMillis(r.value().getScreenedAt().toEpochMilli() - acknowledged.get(r.key())))
            .max(Comparator.naturalOrder()).orElseThrow();
    }

    private static void assertTruncatedCopyOf(List<ConsumerRecord<byte[], byte[]>> letters, byte[] original, String topic)
        throws Exception {
        assertThat(letters).hasSize(1);
        ConsumerRecord<byte[], byte[]> letter = letters.get(0);
        assertThat(header(letter, DeadLetterFit.TRUNCATED)).isEqualTo("true");
        assertThat(header(letter, DeadLetterFit.ORIGINAL_SIZE)).isEqualTo(String.valueOf(original.length));
        assertThat(header(letter, DeadLetterFit.ORIGINAL_SHA256))
            .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)));
        assertThat(header(letter, "__streams.errors.topic")).isEqualTo(topic);
        assertThat(header(letter, "__streams.errors.partition")).isEqualTo("0");
        assertThat(header(letter, "__streams.errors.offset")).matches("\\d+");
        assertThat(letter.value()).isEqualTo(java.util.Arrays.copyOf(original, letter.value().length));
        assertThat(letter.value().length).isLessThan(original.length);
    }

    /** A declaration of about 1 MB that is valid in every field: a long goods description per item. */
    private static CustomsDeclaration hugeDeclaration(String id) {
        CustomsDeclaration d = listed(id);
        List<DeclarationItem> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(DeclarationItem.newBuilder(d.getItems().get(0)).setItemNumber(i + 1)
                .setDescription("Household ceramics, glazed earthenware bowls and plates, item " + i + ". "
                    + "Plain tableware of recent manufacture. ".repeat(120)).build());
        }
        return CustomsDeclaration.newBuilder(d).setItems(items).build();
    }

    private static CustomsDeclaration listed(String id) {
        CustomsDeclaration d = declaration(id).build();
        return CustomsDeclaration.newBuilder(d).setTransport(Transport.newBuilder(d.getTransport())
            .setContainers(List.of(LISTED_CONTAINER)).build()).build();
    }

    private static String scrape(String path) throws Exception {
        URI uri = app.httpUri().resolve(path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    }

    private static List<String> keysOf(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().filter(r -> r.key() != null).map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
