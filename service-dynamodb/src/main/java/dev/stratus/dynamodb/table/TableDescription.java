package dev.stratus.dynamodb.table;

import java.util.List;

/**
 * A table as DescribeTable and the other table operations describe it.
 *
 * @param billingModeSummary {@code null} for a table never switched to on-demand billing
 * @param stream             the stream's settings; {@link StreamSettings#label()} is {@code null} if it never had one
 * @param restoreSummary     {@code null} for a table not restored
 * @param sse                {@code null} for a table encrypted with the key AWS owns
 */
public record TableDescription(String tableName, String tableId, String tableArn, Table.TableStatus status,
                               List<KeyElement> attributeDefinitions, KeySchema keySchema, long createdAtMillis,
                               Throughput throughput, long sizeBytes, long itemCount,
                               BillingModeSummary billingModeSummary, List<IndexDescription> localIndexes,
                               List<IndexDescription> globalIndexes, StreamSettings stream, String latestStreamArn,
                               String tableClass, RestoreDescription restoreSummary, Encryption sse,
                               boolean deletionProtection) {

    public TableDescription {
        attributeDefinitions = List.copyOf(attributeDefinitions);
        localIndexes = List.copyOf(localIndexes);
        globalIndexes = List.copyOf(globalIndexes);
    }

    /** When the table last switched to on-demand billing. */
    public record BillingModeSummary(BillingMode billingMode, long lastUpdateToPayPerRequestMillis) {
    }

    /** Where a restored table came from, and whether its restore is still running. */
    public record RestoreDescription(RestoreSummary summary, boolean inProgress) {
    }

    /**
     * A secondary index as described.
     *
     * @param status     {@code null} for a local index
     * @param throughput {@code null} for a local index
     */
    public record IndexDescription(String name, KeySchema keySchema, Projection projection, long sizeBytes,
                                   long itemCount, String arn, Table.IndexStatus status, Throughput throughput) {
    }
}
