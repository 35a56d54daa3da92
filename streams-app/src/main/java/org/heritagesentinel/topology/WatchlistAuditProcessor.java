package org.heritagesentinel.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.heritagesentinel.avro.ChangeAction;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.SubmissionOutcome;

/**
 * Turns every change of the watchlist — an accepted entry, a delisting requested or done, a rejected draft or delisting
 * request — into a record of the audit
 * trail. Refusals are no change (they are dead-lettered with reasons), and auditing them would give a
 * registry outage two dead letters per submission.
 */
public final class WatchlistAuditProcessor implements FixedKeyProcessor<String, SubmissionOutcome, WatchlistChange> {
    /** Header naming who asked for a delisting (a tombstone carries no author of its own). */
    public static final String AUTHOR_HEADER = "sentinel-author";
    /**
     * Header of a tombstone that removes a draft a supervisor rejected: the reason, kept on the audit trail
     * (the "sentinel-author" header names the supervisor).
     */
    public static final String REJECTION_HEADER = "sentinel-rejection-reason";
    /**
     * Header of a tombstone that delists through four eyes: the second supervisor, who approved the delisting the
     * "sentinel-author" asked for (the application refuses the tombstone when they are the same user).
     */
    public static final String APPROVER_HEADER = "sentinel-approver";
    /** Header of a tombstone that delists through four eyes: why the delisting was asked for. */
    public static final String DELISTING_REASON_HEADER = "sentinel-delisting-reason";

    private final Function<String, WatchlistEntry> held;
    private FixedKeyProcessorContext<String, WatchlistChange> context;

    /**
     * @param held the entry the table holds under an id: a tombstone names no listing authority of its own, and the
     *             audit export of each authority selects its changes by it
     */
    public WatchlistAuditProcessor(Function<String, WatchlistEntry> held) {
        this.held = held;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, WatchlistChange> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, SubmissionOutcome> record) {
        SubmissionOutcome outcome = record.value();
        WatchlistChange.Builder change = WatchlistChange.newBuilder()
            .setEntryId(record.key() == null ? "" : record.key())
            .setAt(Instant.ofEpochMilli(record.timestamp()));
        WatchlistEntry entry = outcome.entry();
        if (!outcome.isAccepted()) {
            return;
        }
        Headers headers = record.headers();
        String rejection = text(headers, REJECTION_HEADER);
        if (entry == null) {
            Optional.ofNullable(record.key()).map(held).ifPresent(before -> change.setRevision(before.getRevision())
                .setListingAuthority(before.getListingAuthority()).setLegalBasis(before.getLegalBasis()));
        }
        if (entry == null && rejection != null) {
            change.setAction(ChangeAction.REJECTED).setApprover(text(headers, AUTHOR_HEADER)).setReason(rejection);
        } else if (entry == null) {
            change.setAction(ChangeAction.DELISTED).setAuthor(text(headers, AUTHOR_HEADER))
                .setApprover(text(headers, APPROVER_HEADER)).setReason(text(headers, DELISTING_REASON_HEADER));
        } else {
            describe(change, entry);
            if (rejection != null) {
                // a refused delisting request: the entry is ACTIVE again, the supervisor who refused is the approver
                change.setAction(ChangeAction.REJECTED).setAuthor(null).setApprover(text(headers, AUTHOR_HEADER))
                    .setReason(rejection);
            } else if (entry.getStatus() == EntryStatus.DELISTING_REQUESTED) {
                change.setAction(ChangeAction.DELISTING_REQUESTED).setAuthor(entry.getDelistingRequester()).setApprover(null)
                    .setReason(entry.getDelistingReason());
            }
        }
        context.forward(record.withValue(change.build()));
    }

    private static void describe(WatchlistChange.Builder change, WatchlistEntry entry) {
        change.setAction(ChangeAction.ACCEPTED).setRevision(entry.getRevision()).setStatus(entry.getStatus())
            .setListingAuthority(entry.getListingAuthority()).setLegalBasis(entry.getLegalBasis())
            .setAuthor(entry.getAuthor()).setApprover(entry.getApprover()).setEntry(entry);
    }

    /** A governance header as text, or null when absent. */
    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
