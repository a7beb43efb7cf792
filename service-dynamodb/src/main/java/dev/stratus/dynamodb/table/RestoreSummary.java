package dev.stratus.dynamodb.table;

/**
 * Where a restored table came from, as DescribeTable's {@code RestoreSummary} shows it.
 *
 * @param sourceBackupArn the backup restored, or {@code null} for a point-in-time restore
 * @param sourceTableArn  the table the data was taken from
 */
public record RestoreSummary(String sourceBackupArn, String sourceTableArn, long restoredAtMillis) {
}
