package org.heritagesentinel.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.retro.ImportBatches;
import org.heritagesentinel.topology.WatchlistAuditProcessor;

/**
 * Sends the entries and delistings of one bulk change to the submissions topic, all stamped with one
 * import batch (their retro alerts are capped together and summarised), and counts what failed.
 */
final class WatchlistSubmitter implements AutoCloseable {
    private final KafkaProducer<String, WatchlistEntry> producer;
    private final String topic;
    private final List<Header> headers;
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    WatchlistSubmitter(SentinelConfig settings, PrintWriter out) {
        this.producer = Producers.of(settings, TopicCatalogue.WATCHLIST_SUBMISSIONS);
        this.topic = TopicCatalogue.WATCHLIST_SUBMISSIONS.name(settings.topics());
        String batch = ImportBatches.newBatchId();
        out.println("import batch " + batch);
        this.headers = List.of(new RecordHeader(ImportBatches.HEADER, batch.getBytes(StandardCharsets.UTF_8)));
    }

    void submit(WatchlistEntry entry) {
        send(new ProducerRecord<>(topic, null, entry.getEntryId(), entry, headers));
    }

    /** A tombstone: the application delists the entry and audits the delisting under {@code author}. */
    void delist(String entryId, String author) {
        List<Header> withAuthor = new ArrayList<>(headers);
        withAuthor.add(new RecordHeader(WatchlistAuditProcessor.AUTHOR_HEADER, author.getBytes(StandardCharsets.UTF_8)));
        send(new ProducerRecord<>(topic, null, entryId, null, withAuthor));
    }

    private void send(ProducerRecord<String, WatchlistEntry> record) {
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, e);
            }
        });
    }

    /** Waits for every send; returns whether all were acknowledged, telling {@code out} what was not. */
    boolean flush(PrintWriter out) {
        producer.flush();
        if (failed.get() > 0) {
            out.println(failed.get() + " records could not be sent: " + firstFailure.get());
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        producer.close();
    }
}
