package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.table.RequestedThroughput;

/**
 * The new table a RestoreTableFromBackup or RestoreTableToPointInTime request asks for, as sent.
 *
 * @param billingModeOverride {@code null} to keep the source's billing mode
 * @param throughputOverride  {@code null} to keep the source's throughput
 * @param sseOverride         {@code null} to keep the source's encryption
 * @param indexOverrides      whether the request overrides secondary indexes
 */
public record RestoreTargetRequest(String targetTableName, String billingModeOverride,
                                   RequestedThroughput throughputOverride, SseOverride sseOverride,
                                   boolean indexOverrides) {

    /**
     * An SSESpecificationOverride as sent.
     *
     * @param sseType        {@code null} when the request names none
     * @param kmsMasterKeyId {@code null} for the key AWS manages for DynamoDB in the account
     */
    public record SseOverride(boolean enabled, String sseType, String kmsMasterKeyId) {
    }
}
