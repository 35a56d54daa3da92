package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.heritagesentinel.avro.OutcomeLink;

/**
 * A seizure's probe, under one of its link keys, finds the task's declarations indexed under the same
 * key and accepted within the look-back before it was seized, and sends one link per declaration on,
 * keyed by the declaration (its task is this one). The look-back is measured from the seizure date, not
 * the report date, so a report entered weeks late links like a prompt one.
 *
 * <p>The index writes no changelog: this processor rebuilds it from the task's alert states when the
 * task starts (Kafka Streams starts processors once the task's logged stores are restored).
 */
final class SeizureLinkFinder implements Processor<String, OutcomeLink, String, OutcomeLink> {
    private final Duration lookBack;
    private final Duration retention;
    private ProcessorContext<String, OutcomeLink> context;
    private DeclarationLinkIndex links;

    SeizureLinkFinder(Duration lookBack, Duration retention) {
        this.lookBack = lookBack;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, OutcomeLink> context) {
        this.context = context;
        this.links = new DeclarationLinkIndex(context.getStateStore(SentinelTopology.DECLARATION_LINK_INDEX));
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        links.rebuild(context.getStateStore(SentinelTopology.ALERT_STATE_STORE),
            context.getStateStore(SentinelTopology.RECENT_DECLARATIONS_STORE), now.minus(retention), now);
    }

    @Override
    public void process(Record<String, OutcomeLink> record) {
        OutcomeLink probe = record.value();
        Instant seizedAt = probe.getSeizedAt();
        for (String declarationKey : links.declarations(record.key(), seizedAt.minus(lookBack), seizedAt)) {
            context.forward(record.withKey(declarationKey)
                .withValue(OutcomeLink.newBuilder(probe).setDeclarationKey(declarationKey).build()));
        }
    }
}
