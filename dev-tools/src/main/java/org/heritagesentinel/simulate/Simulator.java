package org.heritagesentinel.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.heritagesentinel.synthetic.TrafficGenerator;
import org.heritagesentinel.synthetic.WatchlistGenerator;

/**
 * Publishes simulated data to any cluster: a watchlist of a chosen size, and declarations (with a
 * share of seizure reports) at a fixed rate or as fast as the producer goes.
 */
public final class Simulator {
    private final SentinelConfig config;
    private final AvroSerdeFactory serdes;

    public Simulator(SentinelConfig config, AvroSerdeFactory serdes) {
        this.config = config;
        this.serdes = serdes;
    }

    /** What was sent and how long it took. */
    public record Sent(long declarations, long seizures, Duration took) {
        public double perSecond() {
            return (declarations + seizures) / Math.max(1e-3, took.toNanos() / 1e9);
        }
    }

    /** Writes entries 0..size-1 of the generated list to {@code topic} (submissions, or the validated entries topic). */
    public Duration publishWatchlist(String topic, int size, long seed) {
        return publishWatchlist(topic, size, seed, List.of());
    }

    /**
     * Writes entries 0..size-1 of the generated list to {@code topic}, each record with {@code headers}
     * (a bulk import's batch header, as {@code sentinel watchlist import} sets it).
     */
    public Duration publishWatchlist(String topic, int size, long seed, List<Header> headers) {
        WatchlistGenerator generator = new WatchlistGenerator(seed);
        long started = System.nanoTime();
        try (KafkaProducer<String, WatchlistEntry> producer = new KafkaProducer<>(producerProps(true), new StringSerializer(),
            serdes.value(WatchlistEntry.class).serializer())) {
            for (int i = 0; i < size; i++) {
                WatchlistEntry entry = generator.entry(i);
                producer.send(new ProducerRecord<>(topic, null, entry.getEntryId(), entry, headers));
            }
            producer.flush();
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Sends {@code count} records (or until {@code stop} says so when count is 0): declarations, and seizure
     * reports with probability {@code seizureShare}. {@code rate} in records/s; 0 = as fast as possible.
     */
    public Sent stream(TrafficGenerator traffic, long count, double rate, double seizureShare, BooleanSupplier stop,
                       RecordListener listener) {
        java.util.SplittableRandom mix = new java.util.SplittableRandom(count ^ 0x5DEECE66DL);
        long declarations = 0;
        long seizures = 0;
        long started = System.nanoTime();
        try (KafkaProducer<String, CustomsDeclaration> declarationProducer = new KafkaProducer<>(producerProps(rate == 0),
                 new StringSerializer(), serdes.value(CustomsDeclaration.class).serializer());
             KafkaProducer<String, SeizureReport> seizureProducer = seizureShare > 0 ? new KafkaProducer<>(producerProps(rate == 0),
                 new StringSerializer(), serdes.value(SeizureReport.class).serializer()) : null) {
            while ((count == 0 || declarations + seizures < count) && !stop.getAsBoolean()) {
                Instant now = Instant.now();
                if (seizureProducer != null && mix.nextDouble() < seizureShare) {
                    SeizureReport report = traffic.seizure(now);
                    seizureProducer.send(new ProducerRecord<>(config.topics().seizures(), RecordKeys.seizure(report), report));
                    seizures++;
                } else {
                    CustomsDeclaration declaration = traffic.declaration(now);
                    String key = RecordKeys.declaration(declaration);
                    declarationProducer.send(new ProducerRecord<>(config.topics().declarations(), key, declaration));
                    listener.sent(key, now.toEpochMilli());
                    declarations++;
                }
                if (rate > 0) {
                    pace(started, declarations + seizures, rate);
                }
            }
            declarationProducer.flush();
            if (seizureProducer != null) {
                seizureProducer.flush();
            }
        }
        return new Sent(declarations, seizures, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Sends {@code count} declarations as fast as possible, accepted at times spread evenly over the
     * {@code span} before now, oldest first: the recent history retro-screening looks back on.
     */
    public Sent backdated(TrafficGenerator traffic, int count, Duration span) {
        Instant from = Instant.now().minus(span);
        long step = span.toMillis() / Math.max(1, count);
        long started = System.nanoTime();
        try (KafkaProducer<String, CustomsDeclaration> producer = new KafkaProducer<>(producerProps(true), new StringSerializer(),
            serdes.value(CustomsDeclaration.class).serializer())) {
            for (int i = 0; i < count; i++) {
                CustomsDeclaration declaration = traffic.declaration(from.plusMillis(step * i));
                producer.send(new ProducerRecord<>(config.topics().declarations(), RecordKeys.declaration(declaration), declaration));
            }
            producer.flush();
        }
        return new Sent(count, 0, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Told of every declaration sent, with its key and send time. */
    @FunctionalInterface
    public interface RecordListener {
        RecordListener NONE = (key, sentAtMillis) -> { };

        void sent(String key, long sentAtMillis);
    }

    /** Sleeps until the {@code sent}-th record is due: an open-loop schedule, so a slow consumer does not slow the load. */
    private static void pace(long startedNanos, long sent, double rate) {
        long due = startedNanos + (long) (sent * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Properties producerProps(boolean bulk) {
        Properties props = ClientProperties.producer(config);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // bulk loads batch hard; paced traffic sends promptly so latency measures the application, not the producer
        props.put(ProducerConfig.LINGER_MS_CONFIG, bulk ? 20 : 1);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, bulk ? 262_144 : 16_384);
        return props;
    }
}
