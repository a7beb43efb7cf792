package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.expression.ExpressionErrors;
import dev.stratus.dynamodb.expression.ExpressionInput;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.spi.AwsServiceException;
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
                .values(values(JsonInput.object(input, "ExpressionAttributeValues")));
        for (ExpressionKind kind : kinds) {
            builder.expression(kind, JsonInput.text(input, kind.parameter()));
        }
        return expressions.request(builder.build());
    }

    /**
     * ExpressionAttributeValues in DynamoDB JSON ({@code {":v": {"S": "x"}}}), decoded with DynamoDB's messages
     * for invalid values ("ExpressionAttributeValues contains invalid value: ... for key :v"); {@code null} (or a
     * JSON null) when absent.
     */
    public static Map<String, AttributeValue> values(JsonNode json) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return null;
        }
        Map<String, AttributeValue> decoded = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            try {
                decoded.put(field.getKey(), AttributeValueCodec.decode(field.getValue()));
            } catch (AwsServiceException e) {
                throw e.errorCode().equals("ValidationException")
                        ? ExpressionErrors.invalidValue(field.getKey(), e.getMessage()) : e;
            }
        }
        return decoded;
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
