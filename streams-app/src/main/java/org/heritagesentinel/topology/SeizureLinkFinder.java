package org.heritagesentinel.topology;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.heritagesentinel.avro.DeclarationLink;
import org.heritagesentinel.avro.OutcomeLink;

/**
 * A seizure, under one of its link keys, finds the declarations indexed under the same key and
 * accepted within the look-back before it was seized, and sends one link per declaration on, keyed
 * by the declaration. The look-back is measured from the seizure date, not the report date, so a
 * report entered weeks late links like a prompt one.
 */
final class SeizureLinkFinder implements Processor<String, OutcomeLink, String, OutcomeLink> {
    private final Duration lookBack;
    private ProcessorContext<String, OutcomeLink> context;
    private WindowStore<String, DeclarationLink> links;

    SeizureLinkFinder(Duration lookBack) {
        this.lookBack = lookBack;
    }

    @Override
    public void init(ProcessorContext<String, OutcomeLink> context) {
        this.context = context;
        this.links = context.getStateStore(SentinelTopology.DECLARATION_LINKS_STORE);
    }

    @Override
    public void process(Record<String, OutcomeLink> record) {
        OutcomeLink probe = record.value();
        long seizedAt = probe.getSeizedAt().toEpochMilli();
        Set<String> declarations = new LinkedHashSet<>();
        try (WindowStoreIterator<DeclarationLink> found = links.fetch(record.key(), seizedAt - lookBack.toMillis(), seizedAt)) {
            found.forEachRemaining(link -> declarations.add(link.value.getDeclarationKey()));
        }
        for (String declarationKey : declarations) {
            context.forward(record.withKey(declarationKey)
                .withValue(OutcomeLink.newBuilder(probe).setDeclarationKey(declarationKey).build()));
        }
    }
}
