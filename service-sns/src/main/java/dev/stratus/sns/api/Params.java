package dev.stratus.sns.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.sns.SnsErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The members of an SNS operation's input (read from the query parameters by the model). */
final class Params {

    private Params() {
    }

    static String required(JsonNode input, String name) {
        String value = optional(input, name);
        if (value == null) {
            throw SnsErrors.missingParameter(name);
        }
        return value;
    }

    static String optional(JsonNode input, String name) {
        JsonNode value = input.path(name);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** A map member: the {@code Attributes} of CreateTopic and Subscribe. */
    static Map<String, String> attributes(JsonNode input, String name) {
        Map<String, String> attributes = new LinkedHashMap<>();
        input.path(name).fields().forEachRemaining(entry -> attributes.put(entry.getKey(), entry.getValue().asText()));
        return attributes;
    }

    /** The {@code [{Key, Value}]} list of tags as a map. */
    static Map<String, String> tags(JsonNode input) {
        Map<String, String> tags = new LinkedHashMap<>();
        input.path("Tags").forEach(tag -> tags.put(tag.path("Key").asText(), tag.path("Value").asText()));
        return tags;
    }

    static List<String> strings(JsonNode input, String name) {
        return read(input.path(name), JsonNode::asText);
    }

    static <T> List<T> read(JsonNode list, Function<JsonNode, T> element) {
        java.util.ArrayList<T> read = new java.util.ArrayList<>();
        list.forEach(node -> read.add(element.apply(node)));
        return read;
    }
}
