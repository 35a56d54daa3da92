package org.heritagesentinel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads a plain JSON object ({"title": "…", "materials": ["…"]}) into the generated Avro class of a schema, field by
 * field as the schema names them: the form an analyst writes by hand, not Avro's JSON encoding with typed unions.
 * An unknown field, a missing required one or a value of the wrong kind is an {@link IllegalArgumentException} naming
 * the field.
 */
final class AvroJsonRecord {

    private AvroJsonRecord() {
    }

    @SuppressWarnings("unchecked")
    static <T extends SpecificRecord> T read(JsonNode json, Schema schema, String path) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(path + ": expected a JSON object");
        }
        for (Map.Entry<String, JsonNode> property : json.properties()) {
            String name = property.getKey();
            if (schema.getField(name) == null) {
                throw new IllegalArgumentException(path + "." + name + ": no such field of " + schema.getName());
            }
        }
        SpecificRecord record = (SpecificRecord) SpecificData.get().newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            JsonNode value = json.get(field.name());
            String at = path + "." + field.name();
            if (value == null) {
                if (!field.hasDefaultValue()) {
                    throw new IllegalArgumentException(at + ": required");
                }
                record.put(field.pos(), SpecificData.get().getDefaultValue(field));
            } else {
                record.put(field.pos(), value(value, field.schema(), at));
            }
        }
        return (T) record;
    }

    private static Object value(JsonNode json, Schema schema, String at) {
        switch (schema.getType()) {
            case UNION -> {
                if (json.isNull()) {
                    return null;
                }
                for (Schema branch : schema.getTypes()) {
                    if (branch.getType() != Schema.Type.NULL) {
                        return value(json, branch, at);
                    }
                }
                throw new IllegalArgumentException(at + ": must be null");
            }
            case STRING -> {
                return expect(json.isTextual(), json, at, "a string").asText();
            }
            case INT -> {
                if (schema.getLogicalType() instanceof LogicalTypes.Date) {
                    try {
                        return LocalDate.parse(expect(json.isTextual(), json, at, "a date YYYY-MM-DD").asText());
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(at + ": expected a date YYYY-MM-DD, got " + json);
                    }
                }
                return expect(json.canConvertToInt() && json.isIntegralNumber(), json, at, "an integer").asInt();
            }
            case LONG -> {
                return expect(json.isIntegralNumber(), json, at, "an integer").asLong();
            }
            case DOUBLE, FLOAT -> {
                double number = expect(json.isNumber(), json, at, "a number").asDouble();
                return schema.getType() == Schema.Type.FLOAT ? (Object) (float) number : (Object) number;
            }
            case BOOLEAN -> {
                return expect(json.isBoolean(), json, at, "true or false").asBoolean();
            }
            case ENUM -> {
                String symbol = expect(json.isTextual(), json, at, "one of " + schema.getEnumSymbols()).asText();
                if (!schema.hasEnumSymbol(symbol)) {
                    throw new IllegalArgumentException(at + ": expected one of " + schema.getEnumSymbols() + ", got " + json);
                }
                return SpecificData.get().createEnum(symbol, schema);
            }
            case ARRAY -> {
                expect(json.isArray(), json, at, "an array");
                List<Object> items = new ArrayList<>(json.size());
                for (int i = 0; i < json.size(); i++) {
                    items.add(value(json.get(i), schema.getElementType(), at + "[" + i + "]"));
                }
                return items;
            }
            case RECORD -> {
                return read(json, schema, at);
            }
            default -> throw new IllegalArgumentException(at + ": " + schema.getType() + " fields cannot be read from JSON here");
        }
    }

    private static JsonNode expect(boolean ok, JsonNode json, String at, String what) {
        if (!ok) {
            throw new IllegalArgumentException(at + ": expected " + what + ", got " + json);
        }
        return json;
    }
}
