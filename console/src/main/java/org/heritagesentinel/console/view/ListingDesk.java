package org.heritagesentinel.console.view;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.ContractSerdes;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.topology.WatchlistAuditProcessor;
import org.heritagesentinel.watchlist.EntryProblem;
import org.heritagesentinel.watchlist.EntryValidator;

/**
 * Drafts and approvals of watchlist entries, and requested, approved or refused delistings, published to {@code watchlist.submissions.v1} with the
 * signed-in user as author or approver; the application validates them and keeps them on
 * {@code watchlist.entries.v1}, a draft without effect until it is approved.
 */
public final class ListingDesk implements AutoCloseable {
    private final SentinelConfig config;
    private final KafkaProducer<String, WatchlistEntry> producer;
    private final EntryValidator validator;

    public ListingDesk(SentinelConfig config, SentinelSerdes serdes) {
        this.config = config;
        this.validator = new EntryValidator(config.limits().entry());
        Properties props = ClientProperties.producer(config);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        ContractSerdes contracts = new ContractSerdes(serdes);
        this.producer = new KafkaProducer<>(props, contracts.key(TopicCatalogue.WATCHLIST_SUBMISSIONS).serializer(),
            contracts.value(TopicCatalogue.WATCHLIST_SUBMISSIONS).serializer());
    }

    /** Why the application would refuse {@code entry}; empty when it would accept it. */
    public List<EntryProblem> problems(WatchlistEntry entry) {
        return validator.findings(entry.getEntryId(), entry);
    }

    /** Trials of drafts against {@code declarations}, with the screening settings of this console. */
    public DraftTrial trialOver(Declarations declarations) {
        return new DraftTrial(config, declarations);
    }

    /** Publishes {@code draft} unless the validator refuses it; the validator's problems (nothing is published then). */
    public List<EntryProblem> draft(WatchlistEntry draft) throws ExecutionException, InterruptedException {
        List<EntryProblem> problems = problems(draft);
        if (problems.isEmpty()) {
            publish(draft);
        }
        return problems;
    }

    /** The draft as approved by {@code approver}: active, next revision. The caller checked {@code FourEyes}. */
    public void approve(WatchlistEntry draft, Account approver) throws ExecutionException, InterruptedException {
        publish(WatchlistEntry.newBuilder(draft).setStatus(EntryStatus.ACTIVE).setApprover(approver.username())
            .setRevision(draft.getRevision() + 1).build());
    }

    /**
     * Removes a draft {@code supervisor} rejected: a tombstone whose headers name the supervisor and the reason,
     * which the application keeps on {@code watchlist.audit.v1}. The caller checked {@code FourEyes}.
     */
    public void reject(WatchlistEntry draft, Account supervisor, String reason) throws ExecutionException, InterruptedException {
        send(tombstone(draft, supervisor.username(), WatchlistAuditProcessor.REJECTION_HEADER, reason));
    }

    /**
     * Asks that an active entry be delisted: its next revision, DELISTING_REQUESTED, still matching, naming
     * {@code requester} and the reason. The caller checked {@code FourEyes.delistingRefusal}.
     */
    public void requestDelisting(WatchlistEntry active, Account requester, String reason)
        throws ExecutionException, InterruptedException {
        publish(WatchlistEntry.newBuilder(active).setStatus(EntryStatus.DELISTING_REQUESTED).setRevision(active.getRevision() + 1)
            .setDelistingRequester(requester.username()).setDelistingReason(reason).build());
    }

    /**
     * Delists an entry whose delisting {@code approver} approved: a tombstone naming the requester (author), the approver
     * and the reason, which the application checks (requester ≠ approver) and keeps on the audit trail. The caller
     * checked {@code FourEyes}.
     */
    public void approveDelisting(WatchlistEntry requested, Account approver) throws ExecutionException, InterruptedException {
        send(tombstone(requested, requested.getDelistingRequester(), WatchlistAuditProcessor.APPROVER_HEADER, approver.username(),
            WatchlistAuditProcessor.DELISTING_REASON_HEADER, requested.getDelistingReason()));
    }

    /**
     * Refuses a requested delisting: the entry ACTIVE again, next revision, without the request; the headers name the
     * supervisor and the reason for the audit trail. The caller checked {@code FourEyes}.
     */
    public void rejectDelisting(WatchlistEntry requested, Account supervisor, String reason)
        throws ExecutionException, InterruptedException {
        WatchlistEntry active = WatchlistEntry.newBuilder(requested).setStatus(EntryStatus.ACTIVE)
            .setRevision(requested.getRevision() + 1).setDelistingRequester(null).setDelistingReason(null).build();
        ProducerRecord<String, WatchlistEntry> record = new ProducerRecord<>(config.topics().watchlistSubmissions(),
            active.getEntryId(), active);
        record.headers().add(WatchlistAuditProcessor.AUTHOR_HEADER, supervisor.username().getBytes(StandardCharsets.UTF_8));
        record.headers().add(WatchlistAuditProcessor.REJECTION_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    /** A tombstone of {@code entry} whose headers name its author and then each further header and value given. */
    private ProducerRecord<String, WatchlistEntry> tombstone(WatchlistEntry entry, String author, String... headersAndValues) {
        ProducerRecord<String, WatchlistEntry> tombstone = new ProducerRecord<>(config.topics().watchlistSubmissions(),
            entry.getEntryId(), null);
        tombstone.headers().add(WatchlistAuditProcessor.AUTHOR_HEADER, author.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headersAndValues.length; i += 2) {
            tombstone.headers().add(headersAndValues[i], headersAndValues[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return tombstone;
    }

    private void send(ProducerRecord<String, WatchlistEntry> record) throws ExecutionException, InterruptedException {
        producer.send(record).get();
    }

    private void publish(WatchlistEntry entry) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(config.topics().watchlistSubmissions(), entry.getEntryId(), entry)).get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
