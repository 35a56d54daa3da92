package org.heritagesentinel.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.PartySeizure;
import org.heritagesentinel.avro.PartySeizureHistory;

/**
 * A party's seizure history, kept by party key (after a repartition: the seizures of one party come
 * from every seizure partition). One mention per seizure, the latest version wins, newest seizure first.
 */
final class PartyHistoryProcessor implements Processor<String, PartySeizure, Void, Void> {
    private KeyValueStore<String, PartySeizureHistory> histories;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.histories = context.getStateStore(SentinelTopology.PARTY_SEIZURE_HISTORY_STORE);
    }

    @Override
    public void process(Record<String, PartySeizure> record) {
        PartySeizure mention = record.value();
        if (record.key() == null || mention == null) {
            return;
        }
        PartySeizureHistory history = histories.get(record.key());
        List<PartySeizure> seizures = new ArrayList<>(history == null ? List.of() : history.getSeizures());
        boolean stale = seizures.stream().anyMatch(s -> s.getSeizureKey().equals(mention.getSeizureKey())
            && s.getVersion() > mention.getVersion());
        if (stale) {
            return;
        }
        seizures.removeIf(s -> s.getSeizureKey().equals(mention.getSeizureKey()));
        if (!mention.getRemoved()) {
            seizures.add(mention);
        }
        seizures.sort(Comparator.comparing(PartySeizure::getSeizedAt).reversed());
        if (seizures.isEmpty()) {
            histories.delete(record.key());
        } else {
            histories.put(record.key(), PartySeizureHistory.newBuilder().setSeizures(seizures).build());
        }
    }
}
