package org.heritagesentinel.topology;

import java.util.Map;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.PartySeizure;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SeizureStatus;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.register.RegisterEntries;

/**
 * The seized-object register, kept by seizure key in the seizure's task (a correction replaces the
 * record, a withdrawal removes it, an older version is ignored), and the changes of each party's
 * seizure history, sent on keyed by party key: a mention for every party named, a removal for every
 * party a correction or withdrawal no longer names.
 */
final class SeizureRegisterProcessor implements Processor<String, SeizureReport, String, PartySeizure> {
    private final SharingScope scope;
    private ProcessorContext<String, PartySeizure> context;
    private KeyValueStore<String, SeizureRegisterRecord> register;

    SeizureRegisterProcessor(SharingScope scope) {
        this.scope = scope;
    }

    @Override
    public void init(ProcessorContext<String, PartySeizure> context) {
        this.context = context;
        this.register = context.getStateStore(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE);
    }

    @Override
    public void process(Record<String, SeizureReport> record) {
        String key = record.key();
        if (key == null) {
            return;
        }
        SeizureReport report = record.value();
        SeizureRegisterRecord previous = register.get(key);
        if (report != null && previous != null && report.getVersion() < previous.getVersion()) {
            return;
        }
        boolean withdrawn = report == null || report.getStatus() == SeizureStatus.WITHDRAWN;
        SeizureRegisterRecord current = withdrawn ? null : RegisterEntries.record(key, report, scope);
        Map<String, PartySeizure> mentions = current == null ? Map.of() : RegisterEntries.mentions(current);
        if (previous != null) {
            RegisterEntries.mentions(previous).forEach((partyKey, mention) -> {
                if (!mentions.containsKey(partyKey)) {
                    PartySeizure removal = PartySeizure.newBuilder(mention).setRemoved(true)
                        .setVersion(report == null ? previous.getVersion() : report.getVersion()).build();
                    context.forward(record.withKey(partyKey).withValue(removal));
                }
            });
        }
        mentions.forEach((partyKey, mention) -> context.forward(record.withKey(partyKey).withValue(mention)));
        if (current == null) {
            register.delete(key);
        } else {
            register.put(key, current);
        }
    }
}
