package dev.stratus.streams.api;

/**
 * A stream's identity and state.
 *
 * @param status ENABLING, ENABLED, DISABLING or DISABLED
 */
public record StreamInfo(String streamArn, String accountId, String region, String tableName, String label,
                         String viewType, String status) {
}
