package org.heritagesentinel.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.heritagesentinel.avro.ChangeAction;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.SubmissionOutcome;

/**
 * Turns every change of the watchlist — an accepted entry, a delisting or a rejected draft — into a record of the audit
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

    private FixedKeyProcessorContext<String, WatchlistChange> context;

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
        String rejection = header(record, REJECTION_HEADER);
        if (entry == null && rejection != null) {
            change.setAction(ChangeAction.REJECTED).setApprover(header(record, AUTHOR_HEADER)).setReason(rejection);
        } else if (entry == null) {
            change.setAction(ChangeAction.DELISTED).setAuthor(header(record, AUTHOR_HEADER));
        } else {
            change.setAction(ChangeAction.ACCEPTED).setRevision(entry.getRevision()).setStatus(entry.getStatus())
                .setListingAuthority(entry.getListingAuthority()).setLegalBasis(entry.getLegalBasis())
                .setAuthor(entry.getAuthor()).setApprover(entry.getApprover()).setEntry(entry);
        }
        context.forward(record.withValue(change.build()));
    }

    private static String header(FixedKeyRecord<String, SubmissionOutcome> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
