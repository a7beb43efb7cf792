package dev.stratus.dynamodb.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.dynamodb.DurableServer;
import dev.stratus.dynamodb.LetterTables;
import dev.stratus.gateway.Stratus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class BackupDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void backupsAndRecoverySettingsSurviveARestart() {
        String arn;
        try (Stratus stratus = DurableServer.start(dataDir); DynamoDbClient dynamo = DurableServer.client(stratus)) {
            LetterTables.create(dynamo, "Kept", "a", "b", "c");
            arn = dynamo.createBackup(b -> b.tableName("Kept").backupName("durable")).backupDetails().backupArn();
            dynamo.updateContinuousBackups(b -> b.tableName("Kept")
                    .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
        }

        try (Stratus stratus = DurableServer.start(dataDir); DynamoDbClient dynamo = DurableServer.client(stratus)) {
            List<String> names = dynamo.listBackups(b -> b.tableName("Kept")).backupSummaries().stream()
                    .map(BackupSummary::backupName).toList();
            dynamo.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("KeptRestored"));
            TableDescription restored = dynamo.describeTable(b -> b.tableName("KeptRestored")).table();

            assertEquals(List.of("durable"), names);
            assertEquals(3L, restored.itemCount());
            assertEquals(3, LetterTables.countByKind(dynamo, "KeptRestored"));
            assertEquals(PointInTimeRecoveryStatus.ENABLED, dynamo.describeContinuousBackups(b -> b.tableName("Kept"))
                    .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
        }
    }
}
