package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.table.TableDefinition;

/**
 * An on-demand backup as stored: its identity and the source table's definition and tallies when it was taken.
 *
 * @param arn  {@code <table arn>/backup/<14-digit creation millis>-<8 hex digits>}
 */
public record Backup(String arn, String name, long createdAtMillis, TableDefinition table, TableTallies tallies) {

    /** The fixed-length part of the ARN after {@code /backup/}, which keys the backup's copied data. */
    String dataId() {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
