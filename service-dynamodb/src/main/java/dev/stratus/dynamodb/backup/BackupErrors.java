package dev.stratus.dynamodb.backup;

import dev.stratus.spi.AwsServiceException;

/** The errors of on-demand backups, worded as AWS words them. */
final class BackupErrors {

    private BackupErrors() {
    }

    static AwsServiceException backupNotFound(String arn) {
        return new AwsServiceException("BackupNotFoundException", "Backup not found: " + arn, 400);
    }
}
