package org.heritagesentinel.console.view;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.watchlist.EntryValidator;

/**
 * Drafts and approvals of watchlist entries, published to {@code watchlist.submissions.v1} with the
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
        this.producer = new KafkaProducer<>(props, new StringSerializer(), serdes.value(WatchlistEntry.class).serializer());
    }

    /** A draft party listing; the validator's problems when it would be refused (nothing is published then). */
    public List<String> draftParty(Account author, String entryId, List<String> names, String country, String legalBasis,
                                   String reason, int riskWeight) throws ExecutionException, InterruptedException {
        WatchlistEntry draft = WatchlistEntry.newBuilder().setEntryId(entryId).setRevision(1).setKind(EntryKind.PARTY)
            .setSource(EntrySource.ANALYST).setStatus(EntryStatus.DRAFT).setListingAuthority(author.authority())
            .setLegalBasis(legalBasis).setReason(reason).setAuthor(author.username()).setApprover(null)
            .setSharingScope(SharingScope.REGIONAL).setRiskWeight(riskWeight)
            .setParty(ListedParty.newBuilder().setNames(names).setKind(PartyKind.UNKNOWN)
                .setCountries(country.isBlank() ? List.of() : List.of(country)).build())
            .build();
        List<String> problems = validator.problems(entryId, draft);
        if (names.isEmpty()) {
            problems = new java.util.ArrayList<>(problems);
            problems.add("names: give at least one name");
        }
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

    private void publish(WatchlistEntry entry) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(config.topics().watchlistSubmissions(), entry.getEntryId(), entry)).get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
