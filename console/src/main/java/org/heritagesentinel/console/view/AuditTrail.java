package org.heritagesentinel.console.view;

import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.ContractSerdes;
import org.heritagesentinel.serde.SentinelSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an authority's people did in a period: the decisions on its alerts (from the console's view, which
 * holds every decision of the decision topic, applied or not) and the changes of its watchlist entries,
 * read for the period from {@code watchlist.audit.v1} (kept forever) when the export is asked for.
 */
public final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> DECISIONS = Arrays.stream(DecisionKind.values()).map(Enum::name)
        .collect(Collectors.toUnmodifiableSet());
    private final SentinelConfig config;
    private final Deserializer<WatchlistChange> changes;

    public AuditTrail(SentinelConfig config, SentinelSerdes serdes) {
        this.config = config;
        this.changes = new ContractSerdes(serdes).value(TopicCatalogue.WATCHLIST_AUDIT).deserializer();
    }

    /** Decisions and watchlist changes of {@code authority} in [from, to), oldest first. */
    public List<AuditLine> between(AlertBook book, Instant from, Instant to) {
        List<AuditLine> lines = new ArrayList<>(decisions(book, from, to));
        lines.addAll(watchlistChanges(book.authority(), from, to));
        lines.sort(Comparator.comparing(AuditLine::at));
        return lines;
    }

    static List<AuditLine> decisions(AlertBook book, Instant from, Instant to) {
        List<AuditLine> lines = new ArrayList<>();
        for (CaseFile file : book.files()) {
            for (HistoryEvent event : file.history()) {
                if (DECISIONS.contains(event.kind()) && !event.at().isBefore(from) && event.at().isBefore(to)) {
                    lines.add(new AuditLine(event.at(), event.who(), book.authority(), "decision " + event.kind(),
                        file.alertId(), event.detail(), event.refused() ? "not applied: decided on an outdated state" : ""));
                }
            }
        }
        return lines;
    }

    private List<AuditLine> watchlistChanges(String authority, Instant from, Instant to) {
        Properties props = ClientProperties.consumer(config);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<AuditLine> lines = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
            new ByteArrayDeserializer())) {
            String topic = config.topics().watchlistAudit();
            Map<TopicPartition, Long> remaining = new HashMap<>(PartitionsFrom.seek(consumer, topic, from, READ_TIMEOUT));
            remaining.keySet().removeIf(p -> consumer.position(p) >= remaining.get(p));
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!remaining.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    change(record, authority, from, to, lines);
                }
                remaining.keySet().removeIf(p -> consumer.position(p) >= remaining.get(p));
            }
        }
        return lines;
    }

    private void change(ConsumerRecord<String, byte[]> record, String authority, Instant from, Instant to,
                        List<AuditLine> lines) {
        if (record.value() == null) {
            return;
        }
        try {
            WatchlistChange change = changes.deserialize(record.topic(), record.headers(), record.value());
            if (!authority.equals(change.getListingAuthority()) || change.getAt().isBefore(from) || !change.getAt().isBefore(to)) {
                return;
            }
            String who = change.getApprover() != null ? change.getApprover() : String.valueOf(change.getAuthor());
            // a rejection or a delisting has its own reason; else the entry's reason for listing
            String reason = change.getReason() != null ? change.getReason()
                : change.getEntry() == null || change.getEntry().getReason() == null ? "" : change.getEntry().getReason();
            lines.add(new AuditLine(change.getAt(), who, authority, "watchlist " + change.getAction()
                + (change.getStatus() == null ? "" : " " + change.getStatus()), change.getEntryId(), reason,
                "author " + change.getAuthor() + ", approver " + change.getApprover() + ", revision " + change.getRevision()
                    + ", legal basis " + change.getLegalBasis()));
        } catch (RuntimeException e) {
            LOG.warn("console: audit export skipped unreadable record {}-{}@{}: {}", record.topic(), record.partition(),
                record.offset(), e.getMessage());
        }
    }
}
