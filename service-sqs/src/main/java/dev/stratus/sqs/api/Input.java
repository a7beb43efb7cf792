package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.sqs.SqsErrors;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the members of an operation's JSON input, refusing missing and malformed ones as SQS does. */
final class Input {

    private Input() {
    }

    static String required(JsonNode input, String name) {
        JsonNode value = input.get(name);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw SqsErrors.missingParameter(name);
        }
        return value.asText();
    }

    static String optional(JsonNode input, String name) {
        JsonNode value = input.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** An integer member within bounds, or {@code null} when absent; out of bounds is refused with {@code reason}. */
    static Integer integer(JsonNode input, String name, int min, int max, String reason) {
        JsonNode value = input.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        long number;
        if (value.isIntegralNumber()) {
            number = value.asLong();
        } else {
            try {
                number = Long.parseLong(value.asText().trim());
            } catch (NumberFormatException e) {
                throw SqsErrors.invalidParameterValue("Value " + value.asText() + " for parameter " + name
                        + " is invalid. Reason: " + reason);
            }
        }
        if (number < min || number > max) {
            throw SqsErrors.invalidParameterValue("Value " + number + " for parameter " + name + " is invalid. Reason: "
                    + reason);
        }
        return (int) number;
    }

    static Map<String, String> stringMap(JsonNode input, String name) {
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode value = input.get(name);
        if (value != null && value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                map.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return map;
    }

    static List<String> strings(JsonNode input, String name) {
        List<String> list = new ArrayList<>();
        JsonNode value = input.get(name);
        if (value != null && value.isArray()) {
            value.forEach(element -> list.add(element.asText()));
        }
        return list;
    }

    static List<JsonNode> entries(JsonNode input, String name) {
        List<JsonNode> list = new ArrayList<>();
        JsonNode value = input.get(name);
        if (value != null && value.isArray()) {
            value.forEach(list::add);
        }
        return list;
    }
}
