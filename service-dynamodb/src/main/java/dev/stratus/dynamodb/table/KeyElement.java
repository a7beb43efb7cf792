package dev.stratus.dynamodb.table;

/** One key attribute of a table or index: its name and its type. */
public record KeyElement(String name, ScalarType type) {
}
