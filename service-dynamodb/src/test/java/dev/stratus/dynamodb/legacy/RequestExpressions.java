package dev.stratus.dynamodb.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.expression.ExpressionInput;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.protocol.ExpressionParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test support: a translated request's expressions, parsed and validated by the engine's own expressions. */
public final class RequestExpressions {

    private static final Expressions EXPRESSIONS = new Expressions();

    private RequestExpressions() {
    }

    public static ExpressionRequest of(ObjectNode request) {
        ExpressionInput.Builder input = ExpressionInput.builder()
                .values(ExpressionParameters.values(request.get("ExpressionAttributeValues")));
        JsonNode names = request.get("ExpressionAttributeNames");
        if (names != null) {
            Map<String, String> map = new LinkedHashMap<>();
            names.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
            input.names(map);
        }
        for (ExpressionKind kind : ExpressionKind.values()) {
            JsonNode expression = request.get(kind.parameter());
            if (expression != null) {
                input.expression(kind, expression.asText());
            }
        }
        return EXPRESSIONS.request(input.build());
    }

}
