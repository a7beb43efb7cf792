/**
 * Point-in-time recovery: UpdateContinuousBackups and DescribeContinuousBackups switch and report it per table;
 * RestoreTableToPointInTime restores the table as it is at the latest restorable time.
 */
package dev.stratus.dynamodb.recovery;
