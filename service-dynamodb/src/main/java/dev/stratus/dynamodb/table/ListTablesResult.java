package dev.stratus.dynamodb.table;

import java.util.List;

/**
 * A page of table names.
 *
 * @param lastEvaluatedTableName {@code null} on the last page
 */
public record ListTablesResult(List<String> tableNames, String lastEvaluatedTableName) {

    public ListTablesResult {
        tableNames = List.copyOf(tableNames);
    }
}
