package dev.stratus.dynamodb.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class BackupDurabilityTest {

    @TempDir
    Path dataDir;

    private Stratus start() {
        return Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString()).start();
    }

    private static DynamoDbClient client(Stratus stratus) {
        return DynamoDbClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("111111111111", "x")))
                .build();
    }

    @Test
    void backupsAndRecoverySettingsSurviveARestart() {
        String arn;
        try (Stratus stratus = start(); DynamoDbClient dynamo = client(stratus)) {
            BackupAndRestoreTest.tableWithItems(dynamo, "Kept", 3);
            arn = dynamo.createBackup(b -> b.tableName("Kept").backupName("durable")).backupDetails().backupArn();
            dynamo.updateContinuousBackups(b -> b.tableName("Kept")
                    .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
        }

        try (Stratus stratus = start(); DynamoDbClient dynamo = client(stratus)) {
            List<String> names = dynamo.listBackups(b -> b.tableName("Kept")).backupSummaries().stream()
                    .map(BackupSummary::backupName).toList();
            dynamo.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("KeptRestored"));
            TableDescription restored = dynamo.describeTable(b -> b.tableName("KeptRestored")).table();

            assertEquals(List.of("durable"), names);
            assertEquals(3L, restored.itemCount());
            assertEquals(3, BackupAndRestoreTest.countByKind(dynamo, "KeptRestored"));
            assertEquals(PointInTimeRecoveryStatus.ENABLED, dynamo.describeContinuousBackups(b -> b.tableName("Kept"))
                    .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
        }
    }
}
