package org.heritagesentinel.topology;

import java.util.Map;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.RegisterIndexChange;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.register.RegisterEntries;
import org.heritagesentinel.seizure.SeizureVersions;

/**
 * The seized-object register, kept by seizure key in the seizure's task (a correction replaces the
 * record, a withdrawal removes it, an older version is ignored), and the changes of its indexes,
 * sent on keyed by party key or reference number: a mention for every party and reference the
 * report names, a removal for every one a correction or withdrawal no longer names.
 */
final class SeizureRegisterProcessor implements Processor<String, SeizureReport, String, RegisterIndexChange> {
    private final SharingScope scope;
    private ProcessorContext<String, RegisterIndexChange> context;
    private KeyValueStore<String, SeizureRegisterRecord> register;

    SeizureRegisterProcessor(SharingScope scope) {
        this.scope = scope;
    }

    @Override
    public void init(ProcessorContext<String, RegisterIndexChange> context) {
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
        if (SeizureVersions.isOutdated(report, previous == null ? null : previous.getVersion())) {
            return;
        }
        boolean withdrawn = SeizureVersions.withdraws(report);
        SeizureRegisterRecord current = withdrawn ? null : RegisterEntries.record(key, report, scope);
        Map<String, RegisterIndexChange> changes = current == null ? Map.of() : RegisterEntries.indexChanges(current);
        if (previous != null) {
            int version = report == null ? previous.getVersion() : report.getVersion();
            RegisterEntries.indexChanges(previous).forEach((indexKey, change) -> {
                if (!changes.containsKey(indexKey)) {
                    context.forward(record.withKey(indexKey).withValue(RegisterEntries.removal(change, version)));
                }
            });
        }
        changes.forEach((indexKey, change) -> context.forward(record.withKey(indexKey).withValue(change)));
        if (current == null) {
            register.delete(key);
        } else {
            register.put(key, current);
        }
    }
}
