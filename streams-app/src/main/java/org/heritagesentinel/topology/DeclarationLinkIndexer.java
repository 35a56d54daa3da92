package org.heritagesentinel.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.heritagesentinel.avro.DeclarationLink;

/**
 * Indexes declarations under their link keys (container, vehicle, party) at their acceptance time.
 * The window store forgets them after {@code outcomes.link-retention} of stream time on its own.
 */
final class DeclarationLinkIndexer implements Processor<String, DeclarationLink, Void, Void> {
    private WindowStore<String, DeclarationLink> links;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.links = context.getStateStore(SentinelTopology.DECLARATION_LINKS_STORE);
    }

    @Override
    public void process(Record<String, DeclarationLink> record) {
        links.put(record.key(), record.value(), record.value().getAcceptedAt().toEpochMilli());
    }
}
