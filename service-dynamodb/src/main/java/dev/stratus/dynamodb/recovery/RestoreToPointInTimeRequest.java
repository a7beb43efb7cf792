package dev.stratus.dynamodb.recovery;

import dev.stratus.dynamodb.backup.RestoreTargetRequest;

/**
 * A RestoreTableToPointInTime request; the source and time members are {@code null} when left out.
 *
 * @param restoreDateTime epoch seconds; {@link Double#NaN} when the request gives something other than a number
 */
public record RestoreToPointInTimeRequest(String sourceTableArn, String sourceTableName, Double restoreDateTime,
                                          boolean useLatestRestorableTime, RestoreTargetRequest target) {
}
