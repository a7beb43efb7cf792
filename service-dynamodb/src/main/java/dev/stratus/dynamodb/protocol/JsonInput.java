package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads members of a request body, answering a member of the wrong JSON type as AWS does
 * ({@code SerializationException}); absent and {@code null} members read as {@code null}.
 */
public final class JsonInput {

    private JsonInput() {
    }

    public static String text(JsonNode input, String member) {
        JsonNode node = present(input, member);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw wrongType(member);
        }
        return node.textValue();
    }

    public static Long number(JsonNode input, String member) {
        JsonNode node = present(input, member);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType(member);
        }
        return node.longValue();
    }

    public static Boolean bool(JsonNode input, String member) {
        JsonNode node = present(input, member);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw wrongType(member);
        }
        return node.booleanValue();
    }

    public static boolean flag(JsonNode input, String member) {
        Boolean value = bool(input, member);
        return value != null && value;
    }

    public static JsonNode object(JsonNode input, String member) {
        JsonNode node = present(input, member);
        if (node != null && !node.isObject()) {
            throw wrongType(member);
        }
        return node;
    }

    /** The elements of an array member, or {@code null} when absent. */
    public static List<JsonNode> array(JsonNode input, String member) {
        JsonNode node = present(input, member);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw wrongType(member);
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.forEach(elements::add);
        return elements;
    }

    public static List<String> texts(JsonNode input, String member) {
        List<JsonNode> nodes = array(input, member);
        if (nodes == null) {
            return null;
        }
        List<String> values = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            if (!node.isTextual()) {
                throw wrongType(member);
            }
            values.add(node.textValue());
        }
        return values;
    }

    private static JsonNode present(JsonNode input, String member) {
        if (input == null) {
            return null;
        }
        JsonNode node = input.get(member);
        return node == null || node.isNull() ? null : node;
    }

    private static RuntimeException wrongType(String member) {
        return CommonErrors.serialization("Unexpected value type for member " + member);
    }
}
