package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.legacy.AttributeUpdate;
import dev.stratus.dynamodb.legacy.ConditionEntry;
import dev.stratus.dynamodb.legacy.LegacyExpressions;
import dev.stratus.dynamodb.legacy.LegacyInput;
import dev.stratus.dynamodb.legacy.LegacyParameters;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads the legacy parameters of a request and has them compiled to the expression trees they state. */
public final class LegacyJson {

    /** The legacy condition parameters each operation has. */
    private static final Map<String, List<String>> CONDITIONS = Map.of(
            "GetItem", List.of(),
            "PutItem", List.of("Expected"),
            "DeleteItem", List.of("Expected"),
            "UpdateItem", List.of("Expected"),
            "Query", List.of("KeyConditions", "QueryFilter"),
            "Scan", List.of("ScanFilter"));

    private LegacyJson() {
    }

    /** The trees the legacy parameters of {@code operation}'s request state, refused as AWS refuses them. */
    public static LegacyExpressions compile(String operation, JsonNode input) {
        Predicate<String> present = input::hasNonNull;
        Map<String, List<ConditionEntry>> conditions = Map.of();
        for (String parameter : CONDITIONS.get(operation)) {
            if (present.test(parameter)) {
                if (conditions.isEmpty()) {
                    conditions = new LinkedHashMap<>();
                }
                conditions.put(parameter, entries(input.get(parameter), parameter.equals("Expected")));
            }
        }
        return LegacyParameters.compile(new LegacyInput(operation, present, conditions,
                present.test("AttributeUpdates") ? attributeUpdates(input.get("AttributeUpdates")) : null,
                present.test("AttributesToGet") ? texts(input.get("AttributesToGet")) : null,
                present.test("ConditionalOperator") ? input.get("ConditionalOperator").asText() : null,
                present.test("Select") ? input.get("Select").asText() : null));
    }

    private static List<ConditionEntry> entries(JsonNode parameter, boolean expected) {
        List<ConditionEntry> entries = new ArrayList<>();
        parameter.fields().forEachRemaining(field -> {
            JsonNode entry = field.getValue();
            JsonNode operator = present(entry.get("ComparisonOperator"));
            entries.add(new ConditionEntry(field.getKey(), operator == null ? null : operator.asText(),
                    valueList(present(entry.get("AttributeValueList"))),
                    expected ? value(present(entry.get("Value"))) : null,
                    expected && present(entry.get("Exists")) != null ? entry.get("Exists").asBoolean() : null));
        });
        return entries;
    }

    private static List<AttributeUpdate> attributeUpdates(JsonNode parameter) {
        List<AttributeUpdate> updates = new ArrayList<>();
        parameter.fields().forEachRemaining(field -> {
            JsonNode update = field.getValue();
            updates.add(new AttributeUpdate(field.getKey(),
                    update.hasNonNull("Action") ? update.get("Action").asText() : null,
                    value(present(update.get("Value")))));
        });
        return updates;
    }

    private static List<AttributeValue> valueList(JsonNode json) {
        if (json == null) {
            return null;
        }
        if (!json.isArray()) {
            throw CommonErrors.serialization("Expected list or null");
        }
        List<AttributeValue> values = new ArrayList<>();
        json.forEach(element -> values.add(AttributeValueCodec.decode(element)));
        return values;
    }

    private static AttributeValue value(JsonNode json) {
        return json == null ? null : AttributeValueCodec.decode(json);
    }

    private static List<String> texts(JsonNode json) {
        List<String> texts = new ArrayList<>();
        json.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static JsonNode present(JsonNode json) {
        return json == null || json.isNull() ? null : json;
    }
}
