package dev.stratus.dynamodb.recovery;

import dev.stratus.spi.AwsServiceException;

/** The errors of point-in-time recovery, worded as AWS words them. */
final class RecoveryErrors {

    private RecoveryErrors() {
    }

    static AwsServiceException notEnabled(String table) {
        return error("PointInTimeRecoveryUnavailableException",
                "Point in time recovery is not enabled for table '" + table + "'");
    }

    static AwsServiceException invalidRestoreTime() {
        return error("InvalidRestoreTimeException",
                "Restore time is invalid: it must be between the earliest and latest restorable times");
    }

    private static AwsServiceException error(String code, String message) {
        return new AwsServiceException(code, message, 400);
    }
}
