package dev.stratus.dynamodb.api.value;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB JSON ({@code {"S": "x"}}, {@code {"N": "1"}}, {@code {"B": "<base64>"}}, ...) to and from
 * {@link AttributeValue}, refusing malformed values as DynamoDB does.
 */
public final class AttributeValueCodec {

    /** How deep lists and maps may nest inside one attribute. */
    public static final int MAX_NESTING = 32;

    private static final List<String> TYPES = List.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AttributeValueCodec() {
    }

    /** One attribute value, such as {@code {"S": "x"}}. */
    public static AttributeValue decode(JsonNode json) {
        return decode(json, 0);
    }

    /** An item or key: attribute names to values, in the order given. */
    public static Map<String, AttributeValue> decodeItem(JsonNode json) {
        JsonShapes.requireObject(json);
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            item.put(field.getKey(), decode(field.getValue(), 0));
        }
        return item;
    }

    public static ObjectNode encode(AttributeValue value) {
        ObjectNode json = JSON.objectNode();
        List<String> setMembers = setMembers(value);
        if (value instanceof AttributeValue.Bool bool) {
            json.put("BOOL", bool.value());
        } else if (value instanceof AttributeValue.Null) {
            json.put("NULL", true);
        } else if (value instanceof AttributeValue.L l) {
            ArrayNode members = json.putArray("L");
            l.values().forEach(member -> members.add(encode(member)));
        } else if (value instanceof AttributeValue.M m) {
            json.set("M", encodeItem(m.values()));
        } else if (setMembers != null) {
            ArrayNode members = json.putArray(value.type());
            setMembers.forEach(members::add);
        } else {
            json.put(value.type(), scalarText(value));
        }
        return json;
    }

    public static ObjectNode encodeItem(Map<String, AttributeValue> item) {
        ObjectNode json = JSON.objectNode();
        item.forEach((name, value) -> json.set(name, encode(value)));
        return json;
    }

    /**
     * Writes an item as a JSON object straight to {@code out}, field for field what {@link #encodeItem} would
     * serialise to, without building the tree.
     */
    public static void writeItem(JsonGenerator out, Map<String, AttributeValue> item) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            out.writeFieldName(attribute.getKey());
            write(out, attribute.getValue());
        }
        out.writeEndObject();
    }

    /** Writes one attribute value, such as {@code {"S": "x"}}, straight to {@code out}. */
    public static void write(JsonGenerator out, AttributeValue value) throws IOException {
        out.writeStartObject();
        List<String> setMembers = setMembers(value);
        if (value instanceof AttributeValue.Bool bool) {
            out.writeBooleanField("BOOL", bool.value());
        } else if (value instanceof AttributeValue.Null) {
            out.writeBooleanField("NULL", true);
        } else if (value instanceof AttributeValue.L l) {
            out.writeArrayFieldStart("L");
            for (AttributeValue member : l.values()) {
                write(out, member);
            }
            out.writeEndArray();
        } else if (value instanceof AttributeValue.M m) {
            out.writeFieldName("M");
            writeItem(out, m.values());
        } else if (setMembers != null) {
            out.writeArrayFieldStart(value.type());
            for (String member : setMembers) {
                out.writeString(member);
            }
            out.writeEndArray();
        } else {
            out.writeStringField(value.type(), scalarText(value));
        }
        out.writeEndObject();
    }

    /** The text of an S, N or B value as DynamoDB JSON carries it. */
    private static String scalarText(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return s.value();
        }
        if (value instanceof AttributeValue.N n) {
            return n.value().toString();
        }
        return ((AttributeValue.B) value).value().toBase64();
    }

    /** The members of an SS, NS or BS value as DynamoDB JSON carries them; {@code null} for other kinds. */
    private static List<String> setMembers(AttributeValue value) {
        if (value instanceof AttributeValue.SS ss) {
            return ss.values();
        }
        if (value instanceof AttributeValue.NS ns) {
            return ns.values().stream().map(DynamoNumber::toString).toList();
        }
        if (value instanceof AttributeValue.BS bs) {
            return bs.values().stream().map(Bytes::toBase64).toList();
        }
        return null;
    }

    private static AttributeValue decode(JsonNode json, int depth) {
        if (json == null || json.isNull()) {
            throw DynamoDbValidation.emptyAttributeValue();
        }
        JsonShapes.requireObject(json);
        if (json.size() == 1) {
            return decodeSole(json, depth);
        }
        AttributeValue decoded = null;
        int types = 0;
        for (String type : TYPES) {
            JsonNode member = json.get(type);
            if (member != null && !member.isNull()) {
                decoded = decodeMember(type, member, depth);
                types++;
            }
        }
        if (types == 0) {
            throw DynamoDbValidation.emptyAttributeValue();
        }
        if (types > 1) {
            throw DynamoDbValidation.moreThanOneDatatype();
        }
        return decoded;
    }

    /** The usual value of one member: probed for types only until its member is found, with the same outcome. */
    private static AttributeValue decodeSole(JsonNode json, int depth) {
        for (String type : TYPES) {
            JsonNode member = json.get(type);
            if (member != null) {
                if (member.isNull()) {
                    break;
                }
                return decodeMember(type, member, depth);
            }
        }
        throw DynamoDbValidation.emptyAttributeValue();
    }

    private static AttributeValue decodeMember(String type, JsonNode member, int depth) {
        return switch (type) {
            case "S" -> new AttributeValue.S(JsonShapes.string(member));
            case "N" -> new AttributeValue.N(DynamoNumber.parse(JsonShapes.string(member)));
            case "B" -> new AttributeValue.B(JsonShapes.blob(member));
            case "BOOL" -> new AttributeValue.Bool(JsonShapes.bool(member));
            case "NULL" -> decodeNull(member);
            case "SS" -> decodeStringSet(member);
            case "NS" -> decodeNumberSet(member);
            case "BS" -> decodeBinarySet(member);
            case "L" -> decodeList(member, depth + 1);
            case "M" -> decodeMap(member, depth + 1);
            default -> throw new IllegalArgumentException("Not a DynamoDB type: " + type);
        };
    }

    private static AttributeValue decodeNull(JsonNode member) {
        if (!JsonShapes.bool(member)) {
            throw DynamoDbValidation.nullNotTrue();
        }
        return new AttributeValue.Null();
    }

    private static AttributeValue decodeStringSet(JsonNode member) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : JsonShapes.list(member)) {
            values.add(JsonShapes.string(element));
        }
        if (values.isEmpty()) {
            throw DynamoDbValidation.emptySet("SS");
        }
        if (new HashSet<>(values).size() < values.size()) {
            throw DynamoDbValidation.duplicateStrings(values);
        }
        return new AttributeValue.SS(values);
    }

    private static AttributeValue decodeNumberSet(JsonNode member) {
        List<DynamoNumber> values = new ArrayList<>();
        for (JsonNode element : JsonShapes.list(member)) {
            values.add(DynamoNumber.parse(JsonShapes.string(element)));
        }
        if (values.isEmpty()) {
            throw DynamoDbValidation.emptySet("NS");
        }
        if (new HashSet<>(values).size() < values.size()) {
            throw DynamoDbValidation.duplicateNumbers();
        }
        return new AttributeValue.NS(values);
    }

    private static AttributeValue decodeBinarySet(JsonNode member) {
        List<Bytes> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode element : JsonShapes.list(member)) {
            values.add(JsonShapes.blob(element));
            texts.add(element.asText());
        }
        if (values.isEmpty()) {
            throw DynamoDbValidation.emptySet("BS");
        }
        Set<Bytes> distinct = new HashSet<>(values);
        if (distinct.size() < values.size()) {
            throw DynamoDbValidation.duplicateBinaries(texts);
        }
        return new AttributeValue.BS(values);
    }

    private static AttributeValue decodeList(JsonNode member, int depth) {
        requireNesting(depth);
        List<AttributeValue> values = new ArrayList<>();
        for (JsonNode element : JsonShapes.list(member)) {
            values.add(decode(element, depth));
        }
        return new AttributeValue.L(values);
    }

    private static AttributeValue decodeMap(JsonNode member, int depth) {
        requireNesting(depth);
        JsonShapes.requireMap(member);
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = member.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), decode(field.getValue(), depth));
        }
        return new AttributeValue.M(values);
    }

    private static void requireNesting(int depth) {
        if (depth > MAX_NESTING) {
            throw DynamoDbValidation.nestingTooDeep();
        }
    }
}
