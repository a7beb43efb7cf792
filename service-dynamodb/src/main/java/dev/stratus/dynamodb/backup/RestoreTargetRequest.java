package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.table.IndexRequest;
import dev.stratus.dynamodb.table.RequestedThroughput;
import java.util.List;

/**
 * The new table a RestoreTableFromBackup or RestoreTableToPointInTime request asks for, as sent.
 *
 * @param billingModeOverride  {@code null} to keep the source's billing mode
 * @param throughputOverride   {@code null} to keep the source's throughput
 * @param sseOverride          {@code null} to keep the source's encryption
 * @param globalIndexOverride  {@code null} to keep the source's global secondary indexes; empty for none
 * @param localIndexOverride   {@code null} to keep the source's local secondary indexes; empty for none
 */
public record RestoreTargetRequest(String targetTableName, String billingModeOverride,
                                   RequestedThroughput throughputOverride, SseOverride sseOverride,
                                   List<IndexRequest> globalIndexOverride, List<IndexRequest> localIndexOverride) {

    public RestoreTargetRequest {
        globalIndexOverride = globalIndexOverride == null ? null : List.copyOf(globalIndexOverride);
        localIndexOverride = localIndexOverride == null ? null : List.copyOf(localIndexOverride);
    }

    /**
     * An SSESpecificationOverride as sent.
     *
     * @param sseType        {@code null} when the request names none
     * @param kmsMasterKeyId {@code null} for the key AWS manages for DynamoDB in the account
     */
    public record SseOverride(boolean enabled, String sseType, String kmsMasterKeyId) {
    }
}
