package org.heritagesentinel.register;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.heritagesentinel.avro.PartySeizure;
import org.heritagesentinel.avro.PartySeizureHistory;
import org.heritagesentinel.avro.ReferencedObject;
import org.heritagesentinel.avro.ReferencedObjects;
import org.heritagesentinel.avro.RegisteredObject;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.routing.SharingPolicy.Visibility;

/**
 * The register's answers as JSON, each cut to what the calling authority may see under the sharing
 * policy. Empty = nothing the caller may see (answered as "not found", so a NATIONAL record's
 * existence is not revealed either).
 */
public final class RegisterJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SharingPolicy policy;

    public RegisterJson(SharingPolicy policy) {
        this.policy = policy;
    }

    public Optional<String> seizure(SeizureRegisterRecord record, String caller) {
        Visibility visibility = visibility(record, caller);
        if (visibility == Visibility.NONE) {
            return Optional.empty();
        }
        ObjectNode node = (ObjectNode) toJson(record);
        if (visibility == Visibility.WITHOUT_PERSONAL_DATA) {
            node.remove("parties");
            node.put("personalData", withheld(record.getAuthority()));
        }
        return Optional.of(write(node));
    }

    public Optional<String> object(SeizureRegisterRecord record, String objectId, String caller) {
        Optional<RegisteredObject> object = record.getObjects().stream().filter(o -> o.getObjectId().equals(objectId)).findFirst();
        if (object.isEmpty() || visibility(record, caller) == Visibility.NONE) {
            return Optional.empty();
        }
        ObjectNode node = (ObjectNode) toJson(object.get());
        node.put("seizureKey", record.getSeizureKey());
        node.put("seizingAuthority", record.getAuthority());
        node.put("seizingOffice", record.getOffice());
        node.put("seizedAt", record.getSeizedAt().toString());
        node.put("sharingScope", record.getSharingScope().name());
        return Optional.of(write(node));
    }

    /** Seizures the caller may see in full; for others, only which authority to ask and how many. */
    public Optional<String> partyHistory(String partyKey, PartySeizureHistory history, String caller) {
        ArrayNode seizures = NODES.arrayNode();
        Map<String, Integer> withheld = new TreeMap<>();
        for (PartySeizure seizure : history.getSeizures()) {
            Visibility visibility = policy.seizureRecordFor(caller, seizure.getAuthority(), seizure.getSharingScope());
            if (visibility == Visibility.FULL) {
                ObjectNode node = (ObjectNode) toJson(seizure);
                node.remove("removed");
                seizures.add(node);
            } else if (visibility == Visibility.WITHOUT_PERSONAL_DATA) {
                withheld.merge(seizure.getAuthority(), 1, Integer::sum);
            }
        }
        if (seizures.isEmpty() && withheld.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode node = NODES.objectNode();
        node.put("partyKey", partyKey);
        node.set("seizures", seizures);
        ObjectNode others = node.putObject("withheld");
        withheld.forEach((authority, count) -> others.put(authority, count));
        if (!withheld.isEmpty()) {
            node.put("personalData", "seizures of originator-controlled records are withheld: ask the authorities named");
        }
        return Optional.of(write(node));
    }

    /** The seized objects under a reference number: objects are no personal data, only NATIONAL records of others are left out. */
    public Optional<String> references(String reference, ReferencedObjects objects, String caller) {
        ArrayNode visible = NODES.arrayNode();
        for (ReferencedObject object : objects.getObjects()) {
            if (policy.seizureRecordFor(caller, object.getAuthority(), object.getSharingScope()) != Visibility.NONE) {
                ObjectNode node = (ObjectNode) toJson(object);
                node.remove("removed");
                visible.add(node);
            }
        }
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode node = NODES.objectNode();
        node.put("reference", reference);
        node.set("objects", visible);
        return Optional.of(write(node));
    }

    private Visibility visibility(SeizureRegisterRecord record, String caller) {
        return policy.seizureRecordFor(caller, record.getAuthority(), record.getSharingScope());
    }

    private static String withheld(String authority) {
        return "withheld: originator-controlled record of " + authority + ", on request to that authority";
    }

    /** Any Avro value as JSON: records by field name (nulls left out), times and enums as text. */
    static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof IndexedRecord record) {
            ObjectNode node = NODES.objectNode();
            for (Schema.Field field : record.getSchema().getFields()) {
                Object fieldValue = record.get(field.pos());
                if (fieldValue != null) {
                    node.set(field.name(), toJson(fieldValue));
                }
            }
            return node;
        } else if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(toJson(item)));
            return array;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((k, v) -> node.set(String.valueOf(k), toJson(v)));
            return node;
        } else if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        } else if (value instanceof Integer || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        } else if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return NODES.numberNode(number.doubleValue());
        } else if (value instanceof ByteBuffer) {
            return NODES.textNode("[bytes]");
        }
        return NODES.textNode(value.toString());
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
