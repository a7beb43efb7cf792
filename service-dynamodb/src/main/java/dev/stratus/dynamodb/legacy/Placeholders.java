package dev.stratus.dynamodb.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.util.HashMap;
import java.util.Map;

/**
 * Generated {@code #n0}/{@code :v0} placeholders for one request, added to the request's own
 * ExpressionAttributeNames and ExpressionAttributeValues without colliding with placeholders already there.
 */
final class Placeholders {

    private static final String NAMES = "ExpressionAttributeNames";
    private static final String VALUES = "ExpressionAttributeValues";

    private final ObjectNode names;
    private final ObjectNode values;
    private final Map<String, String> nameOfAttribute = new HashMap<>();
    private int nextName;
    private int nextValue;

    Placeholders(ObjectNode request) {
        this.names = copyOf(request.get(NAMES));
        this.values = copyOf(request.get(VALUES));
    }

    /** The placeholder standing for the top-level attribute {@code attribute}. */
    String name(String attribute) {
        return nameOfAttribute.computeIfAbsent(attribute, unused -> {
            String placeholder;
            do {
                placeholder = "#n" + nextName++;
            } while (names.has(placeholder));
            names.put(placeholder, attribute);
            return placeholder;
        });
    }

    /** A new placeholder standing for {@code value}. */
    String value(AttributeValue value) {
        String placeholder;
        do {
            placeholder = ":v" + nextValue++;
        } while (values.has(placeholder));
        values.set(placeholder, AttributeValueCodec.encode(value));
        return placeholder;
    }

    /** Puts the names and values (the request's own and the generated ones) into {@code request}. */
    void writeTo(ObjectNode request) {
        if (!names.isEmpty()) {
            request.set(NAMES, names);
        }
        if (!values.isEmpty()) {
            request.set(VALUES, values);
        }
    }

    private static ObjectNode copyOf(JsonNode existing) {
        return existing instanceof ObjectNode object ? object.deepCopy() : JsonNodeFactory.instance.objectNode();
    }
}
