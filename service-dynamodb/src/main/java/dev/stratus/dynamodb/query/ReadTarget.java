package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.expression.Projection;
import java.util.Optional;

/**
 * What a Query or Scan reads and how it answers, common to both.
 *
 * @param indexName   the index read, or {@code null} for the table
 * @param select      the request's Select, or {@code null} when absent (its default depends on the rest)
 */
public record ReadTarget(String tableName, String indexName, Select select, Optional<Projection> projection,
                         boolean consistentRead, CapacityMode capacity) {
}
