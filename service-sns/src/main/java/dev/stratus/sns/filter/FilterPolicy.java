package dev.stratus.sns.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stratus.sns.SnsErrors;
import dev.stratus.sns.delivery.MessageAttribute;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A subscription's filter policy: each key names a message attribute (or, in the {@code MessageBody} scope, a
 * property of the JSON message, nested policies for nested properties), and a message matches when every key has
 * a value that meets one of the key's conditions ({@link Condition}).
 */
public final class FilterPolicy {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode policy;

    private FilterPolicy(JsonNode policy) {
        this.policy = policy;
    }

    /** Parses and checks a policy, refusing it as SNS does. */
    public static FilterPolicy parse(ObjectMapper mapper, String json) {
        JsonNode policy;
        try {
            policy = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw SnsErrors.invalidParameter("FilterPolicy: failed to parse JSON.");
        }
        if (policy == null || !policy.isObject()) {
            throw SnsErrors.invalidParameter("FilterPolicy: Filter policy must be a JSON object.");
        }
        check(policy);
        return new FilterPolicy(policy);
    }

    private static void check(JsonNode policy) {
        for (Iterator<Map.Entry<String, JsonNode>> it = policy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> key = it.next();
            if (key.getValue().isObject()) {
                check(key.getValue());
            } else if (!key.getValue().isArray()) {
                throw SnsErrors.invalidParameter("FilterPolicy: \"" + key.getKey() + "\" must be an object or an array");
            } else {
                key.getValue().forEach(Condition::check);
            }
        }
    }

    /** Whether the message attributes meet the policy (the {@code MessageAttributes} scope). */
    public boolean matchesAttributes(Map<String, MessageAttribute> attributes, ObjectMapper mapper) {
        for (Iterator<Map.Entry<String, JsonNode>> it = policy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> key = it.next();
            MessageAttribute attribute = attributes.get(key.getKey());
            List<JsonNode> values = attribute == null ? List.of() : values(attribute, mapper);
            if (!key.getValue().isArray() || !Condition.anyMatches(key.getValue(), values)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the message, read as JSON, meets the policy (the {@code MessageBody} scope); other text never does. */
    public boolean matchesBody(String message, ObjectMapper mapper) {
        try {
            JsonNode body = mapper.readTree(message);
            return body != null && body.isObject() && matchesObject(policy, body);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static boolean matchesObject(JsonNode policy, JsonNode body) {
        for (Iterator<Map.Entry<String, JsonNode>> it = policy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> key = it.next();
            JsonNode value = body.get(key.getKey());
            boolean matches = key.getValue().isObject()
                    ? value != null && value.isObject() && matchesObject(key.getValue(), value)
                    : Condition.anyMatches(key.getValue(), bodyValues(value));
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> bodyValues(JsonNode value) {
        if (value == null) {
            return List.of();
        }
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        return values;
    }

    private static List<JsonNode> values(MessageAttribute attribute, ObjectMapper mapper) {
        if (attribute.binary()) {
            return List.of();
        }
        String value = attribute.stringValue();
        if (attribute.dataType().startsWith("Number")) {
            try {
                return List.of(NODES.numberNode(Double.parseDouble(value)));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        if (attribute.dataType().startsWith("String.Array")) {
            try {
                return bodyValues(mapper.readTree(value));
            } catch (JsonProcessingException e) {
                return List.of();
            }
        }
        return List.of(NODES.textNode(value));
    }
}
