/**
 * On-demand backups: CreateBackup takes a consistent copy of a table's items, index entries and definition into
 * {@code dynamodb.backups}; RestoreTableFromBackup creates a new table from it. The restore machinery here is
 * shared with point-in-time recovery.
 */
package dev.stratus.dynamodb.backup;
