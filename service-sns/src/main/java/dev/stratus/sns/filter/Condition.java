package dev.stratus.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.sns.SnsErrors;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One condition of a filter policy key: an exact string or number, or an operator object ({@code prefix},
 * {@code suffix}, {@code equals-ignore-case}, {@code anything-but}, {@code numeric}, {@code exists}).
 */
final class Condition {

    private Condition() {
    }

    static void check(JsonNode condition) {
        if (!condition.isObject()) {
            return;
        }
        if (condition.size() != 1) {
            throw SnsErrors.invalidParameter("FilterPolicy: Only one key allowed in match expression");
        }
        String operator = condition.fieldNames().next();
        JsonNode argument = condition.get(operator);
        switch (operator) {
            case "prefix", "suffix", "equals-ignore-case", "anything-but", "exists" -> { }
            case "numeric" -> checkNumeric(argument);
            default -> throw SnsErrors.invalidParameter("FilterPolicy: Unrecognized match type " + operator);
        }
    }

    private static void checkNumeric(JsonNode argument) {
        if (!argument.isArray() || argument.size() == 0 || argument.size() % 2 != 0) {
            throw SnsErrors.invalidParameter("FilterPolicy: Value of numeric must be an array.");
        }
        for (int i = 0; i < argument.size(); i += 2) {
            if (!List.of("=", "<", "<=", ">", ">=").contains(argument.get(i).asText())
                    || !argument.get(i + 1).isNumber()) {
                throw SnsErrors.invalidParameter("FilterPolicy: Unrecognized numeric range operator: "
                        + argument.get(i).asText());
            }
        }
    }

    /** Whether one of the conditions holds for one of the values (an empty list is an absent key). */
    static boolean anyMatches(JsonNode conditions, List<JsonNode> values) {
        for (JsonNode condition : conditions) {
            if (condition.isObject() && condition.has("exists")) {
                if (condition.get("exists").asBoolean() != !values.isEmpty()) {
                    continue;
                }
                return true;
            }
            for (JsonNode value : values) {
                if (matches(condition, value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(JsonNode condition, JsonNode value) {
        if (!condition.isObject()) {
            return equal(condition, value);
        }
        Map.Entry<String, JsonNode> operator = condition.fields().next();
        JsonNode argument = operator.getValue();
        switch (operator.getKey()) {
            case "prefix":
                return value.isTextual() && value.asText().startsWith(argument.asText());
            case "suffix":
                return value.isTextual() && value.asText().endsWith(argument.asText());
            case "equals-ignore-case":
                return value.isTextual() && value.asText().equalsIgnoreCase(argument.asText());
            case "anything-but":
                return !anythingButExcludes(argument, value);
            case "numeric":
                return value.isNumber() && inRange(argument, value.asDouble());
            default:
                return false;
        }
    }

    private static boolean anythingButExcludes(JsonNode argument, JsonNode value) {
        if (argument.isArray()) {
            for (JsonNode excluded : argument) {
                if (equal(excluded, value)) {
                    return true;
                }
            }
            return false;
        }
        if (argument.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> operators = argument.fields();
            return operators.hasNext() && matches(argument, value);
        }
        return equal(argument, value);
    }

    private static boolean equal(JsonNode expected, JsonNode value) {
        if (expected.isNumber() && value.isNumber()) {
            return expected.asDouble() == value.asDouble();
        }
        if (expected.isNull()) {
            return value.isNull();
        }
        return expected.isTextual() && value.isTextual() && expected.asText().equals(value.asText());
    }

    private static boolean inRange(JsonNode range, double number) {
        for (int i = 0; i + 1 < range.size(); i += 2) {
            double bound = range.get(i + 1).asDouble();
            boolean holds;
            switch (range.get(i).asText()) {
                case "=" -> holds = number == bound;
                case "<" -> holds = number < bound;
                case "<=" -> holds = number <= bound;
                case ">" -> holds = number > bound;
                case ">=" -> holds = number >= bound;
                default -> holds = false;
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
