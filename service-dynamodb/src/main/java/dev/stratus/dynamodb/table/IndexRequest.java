package dev.stratus.dynamodb.table;

import java.util.List;

/**
 * A secondary index as CreateTable or UpdateTable give it.
 *
 * @param projectionType   {@code null} when the request names none
 * @param nonKeyAttributes {@code null} when the request gives none
 * @param throughput       {@code null} when the request gives none
 */
public record IndexRequest(String name, List<KeySchemaElement> keySchema, Projection.Type projectionType,
                           List<String> nonKeyAttributes, RequestedThroughput throughput) {

    public IndexRequest {
        keySchema = List.copyOf(keySchema);
        nonKeyAttributes = nonKeyAttributes == null ? null : List.copyOf(nonKeyAttributes);
    }
}
