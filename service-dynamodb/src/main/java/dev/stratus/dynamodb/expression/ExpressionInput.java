package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The expression parameters of one request, as the caller received them. An expression set to {@code null}
 * means the operation takes it but the request left it out (this shapes some of DynamoDB's messages); an
 * expression never set means the operation does not take it.
 *
 * @param names       ExpressionAttributeNames, or {@code null} when absent
 * @param values      ExpressionAttributeValues, or {@code null} when absent
 * @param expressions the operation's expressions by kind, values {@code null} when absent from the request
 */
public record ExpressionInput(Map<String, String> names, Map<String, AttributeValue> values,
                              Map<ExpressionKind, String> expressions) {

    public ExpressionInput {
        names = names == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(names));
        values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Map<ExpressionKind, String> copy = new EnumMap<>(ExpressionKind.class);
        copy.putAll(expressions);
        expressions = Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String expression(ExpressionKind kind) {
        return expressions.get(kind);
    }

    public static final class Builder {

        private Map<String, String> names;
        private Map<String, AttributeValue> values;
        private final Map<ExpressionKind, String> expressions = new EnumMap<>(ExpressionKind.class);

        private Builder() {
        }

        public Builder names(Map<String, String> names) {
            this.names = names;
            return this;
        }

        public Builder values(Map<String, AttributeValue> values) {
            this.values = values;
            return this;
        }

        public Builder updateExpression(String expression) {
            return expression(ExpressionKind.UPDATE, expression);
        }

        public Builder conditionExpression(String expression) {
            return expression(ExpressionKind.CONDITION, expression);
        }

        public Builder keyConditionExpression(String expression) {
            return expression(ExpressionKind.KEY_CONDITION, expression);
        }

        public Builder filterExpression(String expression) {
            return expression(ExpressionKind.FILTER, expression);
        }

        public Builder projectionExpression(String expression) {
            return expression(ExpressionKind.PROJECTION, expression);
        }

        public Builder expression(ExpressionKind kind, String expression) {
            expressions.put(kind, expression);
            return this;
        }

        public ExpressionInput build() {
            return new ExpressionInput(names, values, expressions);
        }
    }
}
