package dev.stratus.dynamodb.table;

/**
 * One element of UpdateTable's GlobalSecondaryIndexUpdates: exactly one of its actions should be present, which
 * the table checks in AWS's order among its other checks.
 *
 * @param create the index to create, or {@code null}
 * @param delete the name of the index to delete, or {@code null}
 * @param update the throughput change of an index, or {@code null}
 */
public record IndexUpdate(IndexRequest create, String delete, ThroughputUpdate update) {

    /** Update: the index named and its new throughput ({@code null} when the request gives none). */
    public record ThroughputUpdate(String indexName, RequestedThroughput throughput) {
    }
}
