package dev.stratus.dynamodb.backup;

import java.util.List;

/**
 * A page of backups.
 *
 * @param lastEvaluatedBackupArn {@code null} on the last page
 */
public record ListBackupsResult(List<Backup> backups, String lastEvaluatedBackupArn) {

    public ListBackupsResult {
        backups = List.copyOf(backups);
    }
}
