package org.heritagesentinel.topology;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.app.StreamsSettings;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ExchangeRate;
import org.heritagesentinel.avro.ScreeningOutcome;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.retro.ImportBatches;
import org.heritagesentinel.screening.CulturalTerms;
import org.heritagesentinel.screening.PeriodReader;
import org.heritagesentinel.serde.InternalAvroSerde;

/**
 * The whole topology on a TopologyTestDriver, with plain Avro serdes instead of the registry,
 * a fixed wall clock and typed input/output topics.
 */
final class TopologyHarness implements AutoCloseable {
    static final Instant WALL_CLOCK = Instant.parse("2026-11-20T10:00:00Z");

    final SentinelConfig config;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final SentinelTopology.Parts parts;
    final TopologyTestDriver driver;
    final TestInputTopic<String, ExchangeRate> exchangeRates;
    final TestInputTopic<String, CustomsDeclaration> declarations;
    final TestInputTopic<String, WatchlistEntry> submissions;
    final TestInputTopic<byte[], byte[]> rawSubmissions;
    final TestInputTopic<String, byte[]> rawDeclarations;
    final TestOutputTopic<String, Alert> alerts;
    final TestInputTopic<String, SeizureReport> seizures;
    final TestOutputTopic<String, ScreeningRecord> results;
    final TestOutputTopic<String, WatchlistChange> audit;
    final TestOutputTopic<String, WatchlistEntry> entries;
    final TestOutputTopic<byte[], byte[]> deadLetters;
    /** Jordan's decision topic; {@link #decisionsOf} for another authority's. */
    final TestInputTopic<String, AlertDecision> decisions;
    final TestInputTopic<String, byte[]> rawDecisions;
    final Topology topology;

    TopologyHarness() {
        this(Map.of(), PeriodReader.NONE);
    }

    /** With configuration overrides, and a period reader standing in for the object-description parser. */
    TopologyHarness(Map<String, String> overrides, PeriodReader periods) {
        this(overrides, periods, Path.of(System.getProperty("java.io.tmpdir"), "sentinel-ttd-" + System.nanoTime()));
    }

    /** On {@code stateDir}, to start again on the state an earlier harness left there. */
    TopologyHarness(Map<String, String> overrides, PeriodReader periods, Path stateDir) {
        Map<String, String> settings = new HashMap<>(overrides);
        settings.put("kafka.bootstrap.servers", "dummy:9092");
        // a spec not about the retro budget screens a change in one pass, however loaded the machine
        settings.putIfAbsent("retro.max-time-per-pass", "PT1H");
        config = ConfigLoader.withOverrides(settings);
        parts = ScreeningParts.create(config, InternalAvroSerde::new, new SentinelMetrics(meters), periods, CulturalTerms.NONE);
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        topology = SentinelTopology.build(parts, props);
        driver = new TopologyTestDriver(topology, props, WALL_CLOCK);
        var topics = config.topics();
        declarations = driver.createInputTopic(topics.declarations(), Serdes.String().serializer(),
            new InternalAvroSerde<>(CustomsDeclaration.class).serializer());
        rawDeclarations = driver.createInputTopic(topics.declarations(), Serdes.String().serializer(),
            Serdes.ByteArray().serializer());
        submissions = driver.createInputTopic(topics.watchlistSubmissions(), Serdes.String().serializer(),
            new InternalAvroSerde<>(WatchlistEntry.class).serializer());
        rawSubmissions = driver.createInputTopic(topics.watchlistSubmissions(), Serdes.ByteArray().serializer(),
            Serdes.ByteArray().serializer());
        seizures = driver.createInputTopic(topics.seizures(), Serdes.String().serializer(),
            new InternalAvroSerde<>(SeizureReport.class).serializer());
        exchangeRates = driver.createInputTopic(topics.exchangeRates(), Serdes.String().serializer(),
            new InternalAvroSerde<>(ExchangeRate.class).serializer());
        audit = driver.createOutputTopic(topics.watchlistAudit(), Serdes.String().deserializer(),
            new InternalAvroSerde<>(WatchlistChange.class).deserializer());
        results = driver.createOutputTopic(topics.screeningResults(), Serdes.String().deserializer(),
            new InternalAvroSerde<>(ScreeningRecord.class).deserializer());
        alerts = driver.createOutputTopic(topics.alerts(), Serdes.String().deserializer(),
            new InternalAvroSerde<>(Alert.class).deserializer());
        entries = driver.createOutputTopic(topics.watchlistEntries(), Serdes.String().deserializer(),
            new InternalAvroSerde<>(WatchlistEntry.class).deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetter(), Serdes.ByteArray().deserializer(),
            Serdes.ByteArray().deserializer());
        decisions = decisionsOf("JO");
        rawDecisions = driver.createInputTopic(topics.decisionsFor("JO"), Serdes.String().serializer(),
            Serdes.ByteArray().serializer());
    }

    /** The decision topic of {@code authority}: what its analysts' principal may write. */
    TestInputTopic<String, AlertDecision> decisionsOf(String authority) {
        return driver.createInputTopic(config.topics().decisionsFor(authority), Serdes.String().serializer(),
            new InternalAvroSerde<>(AlertDecision.class).serializer());
    }

    /** Publishes an entry the way analysts do, and lets it flow through validation into the global table. */
    void list(WatchlistEntry entry) {
        submissions.pipeInput(entry.getEntryId(), entry);
        var accepted = entries.readKeyValuesToList();
        TestInputTopic<String, WatchlistEntry> table = driver.createInputTopic(config.topics().watchlistEntries(),
            Serdes.String().serializer(), new InternalAvroSerde<>(WatchlistEntry.class).serializer());
        accepted.forEach(kv -> table.pipeInput(kv.key, kv.value));
    }

    /** Publishes an entry as part of a bulk import, the way {@code sentinel watchlist import} does. */
    void importEntry(WatchlistEntry entry, String batchId) {
        Headers headers = new RecordHeaders().add(ImportBatches.HEADER, batchId.getBytes(StandardCharsets.UTF_8));
        submissions.pipeInput(new TestRecord<>(entry.getEntryId(), entry, headers, WALL_CLOCK));
        pumpAcceptedEntries();
    }

    TestOutputTopic<String, Alert> alertsFor(String authority) {
        return driver.createOutputTopic(config.topics().alertsFor(authority), Serdes.String().deserializer(),
            new InternalAvroSerde<>(Alert.class).deserializer());
    }

    TestOutputTopic<String, ScreeningOutcome> outcomes() {
        return driver.createOutputTopic(config.topics().outcomes(), Serdes.String().deserializer(),
            new InternalAvroSerde<>(ScreeningOutcome.class).deserializer());
    }

    TestOutputTopic<String, Alert> unroutedAlerts() {
        return driver.createOutputTopic(config.topics().unroutedAlerts(), Serdes.String().deserializer(),
            new InternalAvroSerde<>(Alert.class).deserializer());
    }

    /** Reports a seizure, and lets the entries it feeds flow through validation into the global table. */
    void seize(String key, SeizureReport report) {
        seizures.pipeInput(key, report, report == null ? WALL_CLOCK : report.getReportedAt());
        pumpAcceptedEntries();
    }

    void pumpAcceptedEntries() {
        var accepted = entries.readKeyValuesToList();
        TestInputTopic<String, WatchlistEntry> table = driver.createInputTopic(config.topics().watchlistEntries(),
            Serdes.String().serializer(), new InternalAvroSerde<>(WatchlistEntry.class).serializer());
        accepted.forEach(kv -> table.pipeInput(kv.key, kv.value));
    }

    void delist(String entryId) {
        submissions.pipeInput(entryId, null);
        var accepted = entries.readKeyValuesToList();
        TestInputTopic<String, WatchlistEntry> table = driver.createInputTopic(config.topics().watchlistEntries(),
            Serdes.String().serializer(), new InternalAvroSerde<>(WatchlistEntry.class).serializer());
        accepted.forEach(kv -> table.pipeInput(kv.key, kv.value));
    }

    /** Runs retro-screening's check of the changes waiting for the global table. */
    void screenPendingRetroChanges() {
        driver.advanceWallClockTime(RetroScreeningProcessor.PENDING_CHECK);
    }

    /** Delivers a change to retro-screening alone, as if the global table had not applied it yet (or never will). */
    void broadcastOnly(WatchlistEntry entry) {
        String topic = config.applicationId() + "-" + SentinelTopology.WATCHLIST_BROADCAST + "-repartition";
        driver.createInputTopic(topic, Serdes.String().serializer(),
            new InternalAvroSerde<>(WatchlistEntry.class).serializer()).pipeInput(entry.getEntryId(), entry);
    }

    /** Puts an entry straight into the global table, as if its broadcast had not been processed yet. */
    void listInTableOnly(WatchlistEntry entry) {
        driver.createInputTopic(config.topics().watchlistEntries(), Serdes.String().serializer(),
            new InternalAvroSerde<>(WatchlistEntry.class).serializer()).pipeInput(entry.getEntryId(), entry);
    }

    void rate(ExchangeRate rate) {
        exchangeRates.pipeInput(org.heritagesentinel.money.ExchangeRates.key(rate), rate);
    }

    void declare(CustomsDeclaration declaration) {
        declarations.pipeInput(org.heritagesentinel.contract.RecordKeys.declaration(declaration), declaration,
            declaration.getAcceptedAt());
    }

    @Override
    public void close() {
        driver.close();
    }
}
