package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.query.KeyCondition;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.value.AttributeValue;
import java.util.Map;
import java.util.Set;

/** The expressions of one request, parsed and checked together. */
public final class RequestExpressions {

    private RequestExpressions() {
    }

    /** Reads the request's expressions of the given parameters and its placeholders. */
    public static RequestExpressions of(JsonNode input, String... parameters) {
        for (String parameter : parameters) {
            if (JsonInput.text(input, parameter) != null) {
                throw DynamoDbErrors.validation(parameter + " is not supported yet");
            }
        }
        return new RequestExpressions();
    }

    public boolean hasCondition() {
        return false;
    }

    public boolean conditionHolds(Map<String, AttributeValue> item) {
        return true;
    }

    public boolean filterHolds(Map<String, AttributeValue> item) {
        return true;
    }

    public boolean hasProjection() {
        return false;
    }

    public Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
        return item;
    }

    /** The top-level attributes a projection names. */
    public Set<String> projectedAttributes() {
        return Set.of();
    }

    public boolean hasUpdate() {
        return false;
    }

    /** The item after the update expression, with the top-level attributes it touched. */
    public Updated update(Map<String, AttributeValue> item, KeySchema key) {
        return new Updated(item, Set.of());
    }

    public KeyCondition keyCondition(KeySchema schema) {
        throw DynamoDbErrors.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
    }

    /** An updated item and the top-level attributes the update touched. */
    public record Updated(Map<String, AttributeValue> item, Set<String> touched) {
    }
}
