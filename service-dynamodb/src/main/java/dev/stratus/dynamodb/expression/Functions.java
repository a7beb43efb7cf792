package dev.stratus.dynamodb.expression;

import java.util.Map;

/** The functions expressions know, by name, with how many operands each takes. */
final class Functions {

    /** Functions of conditions, filters and key conditions. */
    static final Map<String, Integer> CONDITION = Map.of(
            "attribute_exists", 1, "attribute_not_exists", 1, "attribute_type", 2,
            "begins_with", 2, "contains", 2, "size", 1);

    /** Functions of an UpdateExpression's SET values. */
    static final Map<String, Integer> UPDATE = Map.of("if_not_exists", 2, "list_append", 2);

    private Functions() {
    }
}
