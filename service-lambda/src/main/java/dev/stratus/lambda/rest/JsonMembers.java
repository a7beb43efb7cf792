package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads members of a request body, refusing values of the wrong JSON type as AWS's deserializer does. */
public final class JsonMembers {

    private JsonMembers() {
    }

    public static String text(JsonNode body, String name) {
        JsonNode value = present(body, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(name, "STRING_VALUE");
        }
        return value.asText();
    }

    public static Integer integer(JsonNode body, String name) {
        JsonNode value = present(body, name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw wrongType(name, "NUMBER_VALUE");
        }
        return value.asInt();
    }

    public static boolean flag(JsonNode body, String name) {
        JsonNode value = present(body, name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "BOOLEAN_VALUE");
        }
        return value.asBoolean();
    }

    public static JsonNode object(JsonNode body, String name) {
        JsonNode value = present(body, name);
        if (value != null && !value.isObject()) {
            throw wrongType(name, "START_OBJECT");
        }
        return value;
    }

    public static Map<String, String> stringMap(JsonNode body, String name) {
        JsonNode value = object(body, name);
        if (value == null) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        value.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }

    public static Map<String, Double> numberMap(JsonNode body, String name) {
        JsonNode value = object(body, name);
        if (value == null) {
            return null;
        }
        Map<String, Double> map = new LinkedHashMap<>();
        value.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asDouble()));
        return map;
    }

    public static List<String> strings(JsonNode body, String name) {
        JsonNode value = present(body, name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(name, "START_ARRAY");
        }
        List<String> list = new ArrayList<>();
        value.forEach(element -> list.add(element.asText()));
        return list;
    }

    private static JsonNode present(JsonNode body, String name) {
        if (body == null) {
            return null;
        }
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static RuntimeException wrongType(String name, String token) {
        return CommonErrors.serialization("Unexpected token " + token + " for member " + name);
    }
}
