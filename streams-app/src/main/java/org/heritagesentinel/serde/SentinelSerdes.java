package org.heritagesentinel.serde;

import java.util.HashMap;
import java.util.Map;

import io.apicurio.registry.serde.avro.AvroSerde;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.apicurio.registry.serde.kafka.config.KafkaSerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.heritagesentinel.config.SentinelConfig;

/**
 * Value serdes of the shared topics: Avro in the Confluent wire format (magic byte, 4-byte content
 * id, binary) through the Apicurio serde. Producers never register schemas: {@link SchemaRegistrar}
 * does that as an explicit step, so a wrong producer cannot change a contract.
 */
public final class SentinelSerdes implements AvroSerdeFactory {
    private final Map<String, Object> serdeConfig;

    public SentinelSerdes(SentinelConfig config) {
        this(config.registryUrl(), config.registryClient());
    }

    public SentinelSerdes(String registryUrl, Map<String, String> registryClient) {
        Map<String, Object> c = new HashMap<>();
        registryClient.forEach((k, v) -> {
            if (!"url".equals(k)) {
                c.put("apicurio.registry." + k, v);
            }
        });
        c.put(SerdeConfig.REGISTRY_URL, registryUrl);
        c.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, false);
        // look the writer schema up by content: a producer whose schema was never registered fails loudly
        c.put(SerdeConfig.FIND_LATEST_ARTIFACT, false);
        c.put(SerdeConfig.USE_ID, "contentId");
        c.put(KafkaSerdeConfig.ENABLE_HEADERS, false);
        c.put(SerdeConfig.DEREFERENCE_SCHEMA, true);
        c.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
        c.put(AvroSerdeConfig.AVRO_DATUM_PROVIDER, CachingAvroDatumProvider.class.getName());
        this.serdeConfig = Map.copyOf(c);
    }

    /** A configured value serde for generated Avro type {@code T}. */
    @Override
    public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
        Serde<T> serde = new AvroSerde<>();
        serde.configure(serdeConfig, false);
        return TypeCheckedSerde.of(type, serde);
    }
}
