package org.heritagesentinel.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Where the topology gets its value serdes: the registry in production, plain Avro in specifications. */
@FunctionalInterface
public interface AvroSerdeFactory {
    <T extends SpecificRecord> Serde<T> value(Class<T> type);
}
