/**
 * Point-in-time recovery: UpdateContinuousBackups and DescribeContinuousBackups switch and report it per table;
 * RestoreTableToPointInTime restores the table as it was at any time of its restorable window, from the
 * item history kept while recovery is enabled.
 */
package dev.stratus.dynamodb.recovery;
