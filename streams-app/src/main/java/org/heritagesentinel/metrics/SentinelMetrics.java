package org.heritagesentinel.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KafkaStreams;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.LinkKind;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.Severity;

/**
 * Every domain meter of Heritage Sentinel, behind typed methods, so names, tags and buckets are
 * decided in one place and label values stay bounded whatever the data contains.
 *
 * <p>Prometheus names (Micrometer adds {@code _total} to counters and {@code _seconds} to timers)
 * are written next to each definition, so a name grepped from a dashboard or an alert rule leads
 * here; {@code SentinelMetricsSpec} fails when one is missing. The alert rules and dashboards
 * depend on them (see {@code monitoring/README.md}).
 */
public final class SentinelMetrics implements AutoCloseable {

    public static final String APPLICATION = "heritage-sentinel";

    // Authorities are ISO 3166-1 alpha-2 codes, or short codes of multinational bodies (EU-OLAF, WCO).
    private static final Pattern AUTHORITY = Pattern.compile("^[A-Z]{2}$|^[A-Z0-9-]{2,12}$");
    // Topic names and exception class names come from configuration and code, not from the data,
    // but a cap still protects Prometheus from a misconfiguration.
    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z0-9._$-]{1,128}$");
    // 249 ISO 3166-1 codes plus a margin for multinational authorities.
    private static final int MAX_AUTHORITIES = 300;
    private static final int MAX_IDENTIFIERS = 100;

    private static final Duration[] SCREENING_LATENCY_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)
    };
    private static final Duration[] SOURCE_LAG_BUCKETS = {
        Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30),
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
        Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
        Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7)
    };

    private final MeterRegistry registry;
    private final BoundedTagValues authorities = new BoundedTagValues(AUTHORITY, MAX_AUTHORITIES);
    private final BoundedTagValues topics = new BoundedTagValues(IDENTIFIER, MAX_IDENTIFIERS);
    private final BoundedTagValues reasons = new BoundedTagValues(IDENTIFIER, MAX_IDENTIFIERS);

    private final Meter.MeterProvider<Counter> declarationsScreened;
    private final Meter.MeterProvider<Counter> seizuresScreened;
    private final Meter.MeterProvider<Counter> alerts;
    private final Meter.MeterProvider<Counter> alertHits;
    private final Meter.MeterProvider<Counter> alertsRouted;
    private final Meter.MeterProvider<Counter> deadLetters;
    private final Meter.MeterProvider<Counter> recordsIn;
    private final Meter.MeterProvider<Counter> recordsProcessed;
    private final Meter.MeterProvider<Counter> outputsRefused;
    private final Meter.MeterProvider<Counter> lateRecords;
    private final Meter.MeterProvider<Counter> validationWarnings;
    private final Meter.MeterProvider<Counter> outcomes;
    private final Meter.MeterProvider<Counter> decisionsNotApplied;
    private final Counter retroAlerts;
    private final Counter screeningCpu;
    private final Counter retroChangesDeferred;
    private final Counter retroPassesResumed;
    private final Counter retroCandidatesAgedOut;
    private final Timer screeningLatency;
    private final Timer sourceLag;

    // Micrometer gauges hold their state weakly: these fields keep it alive.
    private final Map<EntryKind, AtomicLong> watchlistEntries = new EnumMap<>(EntryKind.class);
    private final AtomicInteger watchlistLoaded = new AtomicInteger();
    private final AtomicInteger unacknowledgedRed = new AtomicInteger();
    private final MultiGauge stalledTasks;
    private final Map<String, AtomicLong> retroCandidatesLeft = new ConcurrentHashMap<>();
    private final AtomicReference<KafkaStreams> streams = new AtomicReference<>();
    private KafkaStreamsMetrics streamsMetrics;

    public SentinelMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        // Prometheus: sentinel_declarations_screened_total
        declarationsScreened = counter("sentinel.declarations.screened", "Customs declarations screened against the watchlist");
        // Prometheus: sentinel_seizures_screened_total
        seizuresScreened = counter("sentinel.seizures.screened", "Seizure reports screened against the watchlist");
        // Prometheus: sentinel_alerts_total
        alerts = counter("sentinel.alerts", "Alerts emitted, by status, severity, lane and authority");
        // Prometheus: sentinel_alert_hits_total
        alertHits = counter("sentinel.alert.hits", "Rule hits contained in emitted alerts, by rule");
        // Prometheus: sentinel_alerts_routed_total
        alertsRouted = counter("sentinel.alerts.routed", "Alerts routed to a recipient authority under the sharing policy");
        // Prometheus: sentinel_dead_letters_total
        deadLetters = counter("sentinel.dead.letters", "Records sent to the dead-letter topic, by source topic and reason");
        // Prometheus: sentinel_records_in_total
        recordsIn = counter("sentinel.records.in", "Input records read, by topic: in = processed + dead-lettered");
        // Prometheus: sentinel_records_processed_total
        recordsProcessed = counter("sentinel.records.processed",
            "Input records screened, validated or applied, by topic: in = processed + dead-lettered");
        // Prometheus: sentinel_outputs_refused_total
        outputsRefused = counter("sentinel.outputs.refused",
            "Output records the producer or broker refused (too large, invalid), dead-lettered instead, by topic and reason");
        // Prometheus: sentinel_late_records_total
        lateRecords = counter("sentinel.late.records", "Records dropped because they arrived after their window closed");
        // Prometheus: sentinel_validation_warnings_total
        validationWarnings = counter("sentinel.validation.warnings", "Records screened despite a validation warning, by reason");
        // Prometheus: sentinel_outcomes_total
        outcomes = counter("sentinel.outcomes", "Inspection outcomes linked to the rules that flagged the declaration");
        // Prometheus: sentinel_alert_decisions_not_applied_total
        decisionsNotApplied = counter("sentinel.alert.decisions.not.applied",
            "Analysts' decisions not applied because another decision on the same alert came first, by authority");
        // Prometheus: sentinel_retro_alerts_total
        retroAlerts = Counter.builder("sentinel.retro.alerts")
                .description("Alerts raised by retro-screening recent declarations against a new watchlist entry")
                .register(registry);
        // Prometheus: sentinel_screening_cpu_seconds_total
        screeningCpu = Counter.builder("sentinel.screening.cpu").baseUnit("seconds")
                .description("CPU time the stream threads spent screening declarations (matching and every rule), "
                    + "without reading, writing, state stores or serialisation")
                .register(registry);
        // Prometheus: sentinel_retro_changes_deferred_total
        retroChangesDeferred = Counter.builder("sentinel.retro.changes.deferred")
                .description("Watchlist changes whose retro-screening yielded its task (retro.max-time-per-pass) to resume later")
                .register(registry);
        // Prometheus: sentinel_retro_passes_resumed_total
        retroPassesResumed = Counter.builder("sentinel.retro.passes.resumed")
                .description("Passes that resumed a deferred retro-screening where it had stopped")
                .register(registry);
        // Prometheus: sentinel_retro_candidates_aged_out_total
        retroCandidatesAgedOut = Counter.builder("sentinel.retro.candidates.aged.out")
                .description("Declarations a deferred retro-screening reached only after they left the retro window: not re-screened")
                .register(registry);
        // Prometheus: sentinel_screening_latency_seconds (_bucket, _count, _sum) and sentinel_screening_latency_seconds_max
        screeningLatency = Timer.builder("sentinel.screening.latency")
                .description("Time from the declaration being appended to its input topic to the alert being emitted")
                .serviceLevelObjectives(SCREENING_LATENCY_BUCKETS)
                .register(registry);
        // Prometheus: sentinel_source_lag_seconds (_bucket, _count, _sum) and sentinel_source_lag_seconds_max
        sourceLag = Timer.builder("sentinel.source.lag")
                .description("Time from a declaration being accepted by its source system to being appended to the input topic")
                .serviceLevelObjectives(SOURCE_LAG_BUCKETS)
                .register(registry);
        for (EntryKind kind : EntryKind.values()) {
            AtomicLong entries = new AtomicLong();
            watchlistEntries.put(kind, entries);
            // Prometheus: sentinel_watchlist_entries
            Gauge.builder("sentinel.watchlist.entries", entries, AtomicLong::get)
                    .description("Active watchlist entries held by this instance, by kind")
                    .tag("kind", kind.name())
                    .register(registry);
        }
        // Prometheus: sentinel_watchlist_loaded
        Gauge.builder("sentinel.watchlist.loaded", watchlistLoaded, AtomicInteger::get)
                .description("1 once the watchlist table is fully loaded, else 0")
                .register(registry);
        // Prometheus: sentinel_task_stalled_seconds
        stalledTasks = MultiGauge.builder("sentinel.task.stalled")
                .description("Time a task's stream thread has made no progress, for each stalled task (none when all move)")
                .baseUnit("seconds")
                .register(registry);
        // Prometheus: sentinel_alerts_unacknowledged_red
        Gauge.builder("sentinel.alerts.unacknowledged.red", unacknowledgedRed, AtomicInteger::get)
                .description("RED-lane alerts not yet acknowledged by an officer")
                .register(registry);
        for (KafkaStreams.State state : KafkaStreams.State.values()) {
            // Prometheus: sentinel_streams_state
            Gauge.builder("sentinel.streams.state", () -> currentState() == state ? 1 : 0)
                    .description("1 for the current Kafka Streams state, 0 for the others")
                    .tag("state", state.name())
                    .register(registry);
        }
    }

    /**
     * A Prometheus registry with the JVM binders and the {@code application} common tag, whose
     * exposition passes {@code promtool check metrics} once Kafka Streams is bound; for the
     * lifetime of the process (the JVM binders are not unbound).
     */
    public static PrometheusMeterRegistry prometheusRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // Filters apply only to meters registered after them, so before any binder.
        registry.config()
                .commonTags("application", APPLICATION)
                .meterFilter(new PromtoolLintFilter());
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    public void declarationScreened(String authority) {
        declarationsScreened.withTag("authority", authorities.clamp(authority)).increment();
    }

    public void seizureScreened(String authority) {
        seizuresScreened.withTag("authority", authorities.clamp(authority)).increment();
    }

    public void alertEmitted(AlertStatus status, Severity severity, Lane lane, String authority) {
        alerts.withTags(
                "status", name(status),
                "severity", name(severity),
                "lane", name(lane),
                "authority", authorities.clamp(authority)).increment();
    }

    public void hit(RuleType rule) {
        alertHits.withTag("rule", name(rule)).increment();
    }

    public void alertRouted(String recipient) {
        alertsRouted.withTag("recipient", authorities.clamp(recipient)).increment();
    }

    public void deadLetter(String sourceTopic, String reason) {
        deadLetters.withTags("source", topics.clamp(sourceTopic), "reason", reasons.clamp(reason)).increment();
    }

    public void recordIn(String topic) {
        recordsIn.withTag("topic", topics.clamp(topic)).increment();
    }

    public void recordProcessed(String topic) {
        recordsProcessed.withTag("topic", topics.clamp(topic)).increment();
    }

    public void outputRefused(String topic, String reason) {
        outputsRefused.withTags("topic", topics.clamp(topic), "reason", reasons.clamp(reason)).increment();
    }

    /** The tasks the progress watchdog finds stalled now, with how long; the others disappear. */
    public void stalledTasks(Map<String, Duration> tasks) {
        stalledTasks.register(tasks.entrySet().stream()
            .map(e -> MultiGauge.Row.of(Tags.of("task", topics.clamp(e.getKey())), e.getValue().toSeconds()))
            .toList(), true);
    }

    public void lateRecord(String topic) {
        lateRecords.withTag("topic", topics.clamp(topic)).increment();
    }

    public void validationWarning(String reason) {
        validationWarnings.withTag("reason", reasons.clamp(reason)).increment();
    }

    public void outcome(RuleType rule, boolean hit, LinkKind link) {
        outcomes.withTags("rule", name(rule), "outcome", hit ? "hit" : "miss", "link", name(link)).increment();
    }

    public void decisionNotApplied(String authority) {
        decisionsNotApplied.withTag("authority", authorities.clamp(authority)).increment();
    }

    public void retroAlert() {
        retroAlerts.increment();
    }

    /** CPU time of the calling thread spent screening one declaration ({@link ThreadCpuClock}). */
    public void screeningCpu(long nanos) {
        screeningCpu.increment(nanos / 1e9);
    }

    /** Everything {@link #screeningCpu(long)} counted so far: what {@code sentinel bench} divides by the declarations. */
    public double screeningCpuSeconds() {
        return screeningCpu.count();
    }

    /** A change's retro-screening yielded for the first time. */
    public void retroChangeDeferred() {
        retroChangesDeferred.increment();
    }

    public void retroPassResumed() {
        retroPassesResumed.increment();
    }

    public void retroCandidatesAgedOut(int candidates) {
        retroCandidatesAgedOut.increment(candidates);
    }

    /** Candidates the deferred retro-screenings of {@code task} still have to look at. */
    public void retroCandidatesLeft(String task, long candidates) {
        retroCandidatesLeft.computeIfAbsent(topics.clamp(task), t -> {
            AtomicLong left = new AtomicLong();
            // Prometheus: sentinel_retro_candidates_left
            Gauge.builder("sentinel.retro.candidates.left", left, AtomicLong::get)
                    .description("Declarations the deferred retro-screenings of a task have still to look at")
                    .tag("task", t)
                    .register(registry);
            return left;
        }).set(candidates);
    }

    /** Alert emitted minus record appended to the input topic. */
    public void screeningLatency(Duration latency) {
        record(screeningLatency, latency);
    }

    /** Record appended to the input topic minus accepted by the source system. */
    public void sourceLag(Duration lag) {
        record(sourceLag, lag);
    }

    public void watchlistSize(EntryKind kind, long entries) {
        watchlistEntries.get(kind == null ? EntryKind.UNKNOWN : kind).set(entries);
    }

    public void watchlistLoaded(boolean loaded) {
        watchlistLoaded.set(loaded ? 1 : 0);
    }

    public void unacknowledgedRed(int alerts) {
        unacknowledgedRed.set(alerts);
    }

    /**
     * Binds the Kafka Streams and client metrics of {@code kafkaStreams} and makes
     * {@code sentinel_streams_state} follow its state. Binding a new instance (after a restart)
     * unbinds the previous one.
     */
    public synchronized void bindStreams(KafkaStreams kafkaStreams) {
        Objects.requireNonNull(kafkaStreams, "kafkaStreams");
        unbindStreams();
        streams.set(kafkaStreams);
        streamsMetrics = new KafkaStreamsMetrics(kafkaStreams);
        streamsMetrics.bindTo(registry);
    }

    @Override
    public synchronized void close() {
        unbindStreams();
        streams.set(null);
    }

    private void unbindStreams() {
        if (streamsMetrics != null) {
            streamsMetrics.close();
            streamsMetrics = null;
        }
    }

    private KafkaStreams.State currentState() {
        KafkaStreams current = streams.get();
        return current == null ? null : current.state();
    }

    private Meter.MeterProvider<Counter> counter(String name, String description) {
        return Counter.builder(name).description(description).withRegistry(registry);
    }

    // A source clock running ahead would make the duration negative, and Micrometer silently drops
    // negative samples; counting them as zero keeps _count equal to the records seen.
    // An absurd event time (year -292 million) must not overflow the timer: durations are capped.
    private static void record(Timer timer, Duration duration) {
        timer.record(duration.isNegative() ? Duration.ZERO : duration.compareTo(LONGEST) > 0 ? LONGEST : duration);
    }

    private static final Duration LONGEST = Duration.ofDays(3650);

    private static String name(Enum<?> value) {
        return value == null ? "UNKNOWN" : value.name();
    }
}
