package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.reliability.ListedContainerApp.header;
import static org.heritagesentinel.reliability.ListedContainerApp.keys;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.e2e.Clients;
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
    private static final Duration TIMEOUT = ListedContainerApp.TIMEOUT;
    private static final int RECENT_CANDIDATES = 300;
    /** One client, so repeated scrapes reuse a connection: the ops server allows a client address 12 at most. */
    private static final HttpClient SCRAPER = HttpClient.newHttpClient();
    private static ListedContainerApp running;
    private static IsolatedConfig isolated;
    private static Clients clients;
    private static SentinelApplication app;

    @BeforeAll
    static void start() throws IOException {
        running = ListedContainerApp.start("poison");
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
            r -> keys(r).containsAll(List.of("PSN-ALIASES", "PSN-SCOPE")), TIMEOUT);
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

    /**
     * The same worst case while hundreds of recent declarations share the entry's retro keys (a tenth of them
     * declaring one of its names exactly): the entry's retro-screening yields its task after each
     * {@code retro.max-time-per-pass} and resumes where it stopped, so declarations sent meanwhile are screened no
     * more than 1 s later than before it, and every matching recent declaration gets one retro alert.
     */
    @Test
    void anEntryJustUnderEveryLimitWithHundredsOfRecentCandidatesDelaysOtherDeclarationsByAtMostOneSecond()
        throws Exception {
        SentinelConfig.EntryLimits limits = isolated.config().limits().entry();
        List<String> names = WatchlistEntries.names("Tariq Nasser", "Ibn Salim al Hakim", limits.names(), limits.nameLength());
        Map<String, CustomsDeclaration> recent = new LinkedHashMap<>();
        Set<String> matching = new HashSet<>();
        for (int i = 0; i < RECENT_CANDIDATES; i++) {
            String key = "UM:recent-" + i;
            boolean named = i % 10 == 0;
            recent.put(key, declaration(key).exporter(named ? names.get(i / 10 % names.size()) : "Tariq Nasser R" + i)
                .importer("Salim Ibn Hakim " + i, "JO-77" + i).build());
            if (named) {
                matching.add(key);
            }
        }
        clients.sendAll(isolated.config().topics().declarations(), recent, CustomsDeclaration.class);
        clients.readValues(isolated.config().topics().screeningResults(), ScreeningRecord.class,
            r -> r.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(recent.keySet()), TIMEOUT);
        Duration before = slowestScreening("UM:before-");
        ScrapedMetrics start = ScrapedMetrics.parse(scrape("/metrics"));

        WatchlistEntry entry = WatchlistEntry.newBuilder(WatchlistEntries.justUnderEveryLimit("PSN-MANY", limits))
            .setParty(ListedParty.newBuilder(WatchlistEntries.justUnderEveryLimit("PSN-MANY", limits).getParty())
                .setNames(names).build()).build();
        clients.send(isolated.config().topics().watchlistSubmissions(), "PSN-MANY", entry, WatchlistEntry.class);
        await().atMost(TIMEOUT).until(() -> app.watchlist().get("PSN-MANY") != null);
        Duration after = slowestScreening("UM:after-");

        clients.readValues(isolated.config().topics().alerts(), Alert.class, r -> retroAlerted(r).keySet().containsAll(matching),
            TIMEOUT);
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            ScrapedMetrics now = ScrapedMetrics.parse(scrape("/metrics"));
            assertThat(now.value("sentinel_retro_changes_deferred_total"))
                .isGreaterThan(start.value("sentinel_retro_changes_deferred_total"));
            assertThat(now.value("sentinel_retro_passes_resumed_total"))
                .isGreaterThan(start.value("sentinel_retro_passes_resumed_total"));
            assertThat(now.samples("sentinel_retro_candidates_left").stream().mapToDouble(ScrapedMetrics.Sample::value).sum())
                .isZero();
        });
        // keep reading briefly so a late duplicate would be seen
        Map<String, Long> retro = retroAlerted(clients.readValues(isolated.config().topics().alerts(), Alert.class, r -> false,
            Duration.ofSeconds(3)));
        ScrapedMetrics end = ScrapedMetrics.parse(scrape("/metrics"));
        System.out.printf("limits with %d recent candidates: slowest screening %d ms before the entry, %d ms right after it "
                + "was indexed; %.0f changes deferred, %.0f passes resumed%n", RECENT_CANDIDATES, before.toMillis(),
            after.toMillis(), end.value("sentinel_retro_changes_deferred_total") - start.value("sentinel_retro_changes_deferred_total"),
            end.value("sentinel_retro_passes_resumed_total") - start.value("sentinel_retro_passes_resumed_total"));
        assertThat(retro.keySet().stream().filter(k -> k.startsWith("UM:recent-"))).containsExactlyInAnyOrderElementsOf(matching);
        assertThat(retro).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
        assertThat(after).isLessThanOrEqualTo(before.plusSeconds(1));
    }

    /** Retro alerts raised for the entry PSN-MANY, counted by declaration key. */
    private static Map<String, Long> retroAlerted(List<ConsumerRecord<String, Alert>> alerts) {
        return alerts.stream().filter(r -> r.value().getRetro()
                && r.value().getHits().stream().anyMatch(h -> h.getEntryId().equals("PSN-MANY")))
            .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
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
        List<Duration> delays = records.stream().filter(r -> acknowledged.containsKey(r.key()) && !r.value().getRetro())
            .map(r -> Duration.ofMillis(r.value().getScreenedAt().toEpochMilli() - acknowledged.get(r.key()))).toList();
        System.out.printf("%s screened after %s ms%n", prefix, delays.stream().map(d -> String.valueOf(d.toMillis())).toList());
        return delays.stream().max(Comparator.naturalOrder()).orElseThrow();
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
        return ListedContainerApp.onListedContainer(declaration(id).build());
    }

    private static String scrape(String path) throws Exception {
        URI uri = app.httpUri().resolve(path);
        return SCRAPER.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }


    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
