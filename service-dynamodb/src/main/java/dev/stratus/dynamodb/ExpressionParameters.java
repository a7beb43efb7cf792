package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.expression.ExpressionInput;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a request's expression parameters and its placeholders, and has them checked together. */
public final class ExpressionParameters {

    private ExpressionParameters() {
    }

    /** The request's expressions of the kinds its operation takes, validated as DynamoDB validates them. */
    public static ExpressionRequest read(Expressions expressions, JsonNode input, ExpressionKind... kinds) {
        ExpressionInput.Builder builder = ExpressionInput.builder()
                .names(names(JsonInput.object(input, "ExpressionAttributeNames")))
                .valuesJson(JsonInput.object(input, "ExpressionAttributeValues"));
        for (ExpressionKind kind : kinds) {
            builder.expression(kind, JsonInput.text(input, kind.parameter()));
        }
        return expressions.request(builder.build());
    }

    private static Map<String, String> names(JsonNode json) {
        if (json == null) {
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            names.put(field.getKey(), JsonInput.text(json, field.getKey()));
        }
        return names;
    }
}
