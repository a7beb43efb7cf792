package dev.stratus.dynamodb.backup;

/**
 * A ListBackups request; every member is {@code null} when the request leaves it out.
 *
 * @param timeRangeLowerBound epoch seconds, inclusive
 * @param timeRangeUpperBound epoch seconds, exclusive
 */
public record ListBackupsRequest(String tableName, Long limit, String exclusiveStartBackupArn, String backupType,
                                 Double timeRangeLowerBound, Double timeRangeUpperBound) {
}
