package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Refuses the pre-expression parameters ({@code Expected}, {@code AttributeUpdates}, {@code KeyConditions},
 * {@code QueryFilter}, {@code ScanFilter}, {@code ConditionalOperator}, {@code AttributesToGet}) rather than
 * ignoring them: a request whose condition were silently dropped could change data AWS would not.
 */
public final class LegacyParameters {

    private LegacyParameters() {
    }

    public static void refuse(JsonNode input, String... parameters) {
        for (String parameter : parameters) {
            JsonNode value = input.get(parameter);
            if (value != null && !value.isNull()) {
                throw DynamoDbErrors.validation("The legacy parameter " + parameter + " is not supported by Stratus "
                        + "yet; use the expression parameters instead");
            }
        }
    }
}
