package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Values written the short way in PartiQL tests: JSON with single quotes. */
final class PartiqlFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    private PartiqlFixtures() {
    }

    /** A request's Parameters from their JSON list, or {@code null} for none. */
    static List<AttributeValue> parameters(String list) {
        if (list == null) {
            return null;
        }
        List<AttributeValue> values = new ArrayList<>();
        json(list).forEach(value -> values.add(AttributeValueCodec.decode(value)));
        return values;
    }

    static Map<String, AttributeValue> item(String text) {
        return AttributeValueCodec.decodeItem(json(text));
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
