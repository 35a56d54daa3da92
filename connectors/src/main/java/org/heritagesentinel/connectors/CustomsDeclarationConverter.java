package org.heritagesentinel.connectors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;
import org.heritagesentinel.avro.CustomsDeclaration;

/**
 * Value converter of the declarations path: a declaration document (JSON text, as left by
 * {@link DeclarationRecordTransform}) becomes a {@link CustomsDeclaration} in the Confluent wire
 * format the streams app's Apicurio serde reads: magic byte 0, the 4-byte id of the schema in
 * the registry's Confluent-compatible API, Avro binary. The schema is looked up, never
 * registered (subject {@code <topic>-value}, registered by an explicit deployment step).
 * Byte arrays (dead letters) pass through; {@code null} stays {@code null} (withdrawal tombstone).
 */
public class CustomsDeclarationConverter implements Converter {

    public static final String REGISTRY_URL = "registry.url";
    public static final String REGISTRY_USER_INFO = "registry.basic.auth.user.info";

    static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(REGISTRY_URL, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
                    "Base URL of the registry's Confluent-compatible API, e.g. http://registry:8080/apis/ccompat/v7")
            .define(REGISTRY_USER_INFO, ConfigDef.Type.PASSWORD, "", ConfigDef.Importance.MEDIUM,
                    "user:password for HTTP basic authentication to the registry (empty: none).");

    private static final byte MAGIC = 0;

    private final SpecificDatumWriter<CustomsDeclaration> writer = new SpecificDatumWriter<>(CustomsDeclaration.class);
    private final Map<String, Integer> idBySubject = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AbstractConfig config = new AbstractConfig(CONFIG_DEF, configs);
        registry = new SchemaRegistryClient(config.getString(REGISTRY_URL),
                config.getPassword(REGISTRY_USER_INFO).value());
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public byte[] fromConnectData(String topic, org.apache.kafka.connect.data.Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] raw) {
            return raw;
        }
        if (!(value instanceof String document)) {
            throw new DataException("expected a declaration document (JSON text), got " + value.getClass().getName());
        }
        CustomsDeclaration declaration = DeclarationDocument.toAvro(DeclarationDocument.parse(document));
        int id = idBySubject.computeIfAbsent(topic + "-value", s -> registry.idOf(s, CustomsDeclaration.getClassSchema()));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            out.write(MAGIC);
            out.write(ByteBuffer.allocate(Integer.BYTES).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(declaration, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new DataException("cannot encode declaration " + declaration.getDeclarationId(), e);
        }
    }

    /** Reads the topic back (debugging, sinks): the declaration as Avro JSON text. */
    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        if (value == null) {
            return SchemaAndValue.NULL;
        }
        ByteBuffer buffer = ByteBuffer.wrap(value);
        if (value.length < 5 || buffer.get() != MAGIC) {
            throw new DataException("not in the Confluent wire format");
        }
        Schema writerSchema = registry.schemaById(buffer.getInt());
        try {
            CustomsDeclaration declaration = new SpecificDatumReader<CustomsDeclaration>(writerSchema,
                    CustomsDeclaration.getClassSchema()).read(null,
                    DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null));
            return new SchemaAndValue(org.apache.kafka.connect.data.Schema.STRING_SCHEMA, declaration.toString());
        } catch (IOException e) {
            throw new DataException("cannot decode a declaration", e);
        }
    }
}
