package dev.stratus.dynamodb.table;

/**
 * A ListTables request.
 *
 * @param exclusiveStartTableName {@code null} to start at the first table
 * @param limit                   {@code null} for the largest page
 */
public record ListTablesRequest(String exclusiveStartTableName, Long limit) {
}
