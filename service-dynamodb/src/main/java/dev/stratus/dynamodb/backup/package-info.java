/**
 * On-demand backups: CreateBackup takes a consistent copy of a table's items and definition into
 * {@code dynamodb.backups}; RestoreTableFromBackup creates a new table from it, with the indexes the source had
 * or the request's overrides, built from the items. The restore machinery here is shared with point-in-time
 * recovery.
 */
package dev.stratus.dynamodb.backup;
