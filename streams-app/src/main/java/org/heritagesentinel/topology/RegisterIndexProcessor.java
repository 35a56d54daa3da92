package org.heritagesentinel.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.PartySeizure;
import org.heritagesentinel.avro.PartySeizureHistory;
import org.heritagesentinel.avro.ReferencedObject;
import org.heritagesentinel.avro.ReferencedObjects;
import org.heritagesentinel.avro.RegisterIndexChange;

/**
 * The register's indexes, after a repartition by index key (the seizures of one party, or the
 * objects of one reference number, come from every seizure partition): a party's seizure history
 * and the seized objects per reference number. One item per seizure, the latest version wins,
 * newest seizure first.
 */
final class RegisterIndexProcessor implements Processor<String, RegisterIndexChange, Void, Void> {
    private Index<PartySeizure, PartySeizureHistory> histories;
    private Index<ReferencedObject, ReferencedObjects> references;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        histories = new Index<>(context.getStateStore(SentinelTopology.PARTY_SEIZURE_HISTORY_STORE),
            PartySeizureHistory::getSeizures, items -> PartySeizureHistory.newBuilder().setSeizures(items).build(),
            PartySeizure::getSeizureKey, PartySeizure::getVersion, PartySeizure::getRemoved,
            Comparator.comparing(PartySeizure::getSeizedAt).reversed());
        references = new Index<>(context.getStateStore(SentinelTopology.SEIZED_OBJECT_REFERENCES_STORE),
            ReferencedObjects::getObjects, items -> ReferencedObjects.newBuilder().setObjects(items).build(),
            ReferencedObject::getSeizureKey, ReferencedObject::getVersion, ReferencedObject::getRemoved,
            Comparator.comparing(ReferencedObject::getSeizedAt).reversed());
    }

    @Override
    public void process(Record<String, RegisterIndexChange> record) {
        RegisterIndexChange change = record.value();
        if (record.key() == null || change == null) {
            return;
        }
        if (change.getParty() != null) {
            histories.apply(record.key(), change.getParty());
        } else if (change.getObject() != null) {
            references.apply(record.key(), change.getObject());
        }
    }

    /** One index store: a list of items per key, one per seizure. */
    private record Index<T, H>(KeyValueStore<String, H> store, Function<H, List<T>> items, Function<List<T>, H> holder,
                               Function<T, String> seizureKey, ToIntFunction<T> version, Predicate<T> removed,
                               Comparator<T> order) {
        void apply(String key, T change) {
            H current = store.get(key);
            List<T> list = new ArrayList<>(current == null ? List.of() : items.apply(current));
            String seizure = seizureKey.apply(change);
            if (list.stream().anyMatch(item -> seizureKey.apply(item).equals(seizure)
                && version.applyAsInt(item) > version.applyAsInt(change))) {
                return;
            }
            list.removeIf(item -> seizureKey.apply(item).equals(seizure));
            if (!removed.test(change)) {
                list.add(change);
            }
            list.sort(order);
            if (list.isEmpty()) {
                store.delete(key);
            } else {
                store.put(key, holder.apply(list));
            }
        }
    }
}
