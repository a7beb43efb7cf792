package dev.stratus.dynamodb.recovery;

/**
 * A table's continuous backups as DescribeContinuousBackups and UpdateContinuousBackups describe them; the
 * period and times mean something only while point-in-time recovery is enabled.
 */
public record ContinuousBackupsDescription(boolean pointInTimeRecoveryEnabled, int recoveryPeriodInDays,
                                           long earliestRestorableMillis, long latestRestorableMillis) {
}
