package dev.stratus.dynamodb.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.LetterTables;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.SSEStatus;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@ExtendWith(StratusExtension.class)
class BackupAndRestoreTest {

    @Test
    void aRestoredTableHoldsTheItemsAndIndexEntriesOfTheBackupNotLaterWrites(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Orders", "item0", "item1", "item2");
        BackupDetails backup = dynamo.createBackup(b -> b.tableName("Orders").backupName("nightly")).backupDetails();
        LetterTables.put(dynamo, "Orders", "later");

        TableDescription restoring = dynamo.restoreTableFromBackup(b -> b.backupArn(backup.backupArn())
                .targetTableName("OrdersRestored")).tableDescription();
        TableDescription restored = dynamo.describeTable(b -> b.tableName("OrdersRestored")).table();

        assertEquals("OrdersRestored", restoring.tableName());
        assertEquals(TableStatus.CREATING, restoring.tableStatus());
        assertTrue(restoring.restoreSummary().restoreInProgress());
        assertEquals(3L, restored.itemCount());
        assertEquals(3L, restored.globalSecondaryIndexes().get(0).itemCount());
        assertEquals(3, LetterTables.countByKind(dynamo, "OrdersRestored"));
        assertEquals(3, dynamo.scan(b -> b.tableName("OrdersRestored")).count());
        assertEquals(backup.backupArn(), restored.restoreSummary().sourceBackupArn());
        assertEquals(dynamo.describeTable(b -> b.tableName("Orders")).table().tableArn(),
                restored.restoreSummary().sourceTableArn());
        assertFalse(restored.restoreSummary().restoreInProgress());
    }

    @Test
    void createBackupReturnsAnAvailableUserBackupOfTheTable(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Invoices", "item0", "item1");

        BackupDetails backup = dynamo.createBackup(b -> b.tableName("Invoices").backupName("before-migration"))
                .backupDetails();

        assertTrue(backup.backupArn().matches(
                "arn:aws:dynamodb:us-east-1:\\d{12}:table/Invoices/backup/\\d{14}-[0-9a-f]{8}"), backup.backupArn());
        assertEquals("before-migration", backup.backupName());
        assertEquals(BackupStatus.AVAILABLE, backup.backupStatus());
        assertEquals("USER", backup.backupTypeAsString());
        assertTrue(backup.backupSizeBytes() > 0);
    }

    @Test
    void describeBackupShowsTheSourceTableAndItsIndexes(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Accounts", "item0", "item1");
        String arn = dynamo.createBackup(b -> b.tableName("Accounts").backupName("first-backup")).backupDetails().backupArn();

        BackupDescription description = dynamo.describeBackup(b -> b.backupArn(arn)).backupDescription();

        assertEquals("Accounts", description.sourceTableDetails().tableName());
        assertEquals(2L, description.sourceTableDetails().itemCount());
        assertEquals(BillingMode.PAY_PER_REQUEST, description.sourceTableDetails().billingMode());
        assertEquals("byKind", description.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).indexName());
    }

    @Test
    void listBackupsFiltersByTableAndPages(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Listed", "item0");
        LetterTables.create(dynamo, "Other", "item0");
        dynamo.createBackup(b -> b.tableName("Listed").backupName("first"));
        dynamo.createBackup(b -> b.tableName("Listed").backupName("second"));
        dynamo.createBackup(b -> b.tableName("Other").backupName("third"));

        var firstPage = dynamo.listBackups(b -> b.tableName("Listed").limit(1));
        var secondPage = dynamo.listBackups(b -> b.tableName("Listed").limit(1)
                .exclusiveStartBackupArn(firstPage.lastEvaluatedBackupArn()));

        assertEquals(List.of("first"), firstPage.backupSummaries().stream().map(BackupSummary::backupName).toList());
        assertEquals(List.of("second"), secondPage.backupSummaries().stream().map(BackupSummary::backupName).toList());
        assertNull(secondPage.lastEvaluatedBackupArn());
    }

    @Test
    void aDeletedBackupIsGone(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Shortlived", "item0");
        String arn = dynamo.createBackup(b -> b.tableName("Shortlived").backupName("gone")).backupDetails().backupArn();

        BackupDescription deleted = dynamo.deleteBackup(b -> b.backupArn(arn)).backupDescription();

        assertEquals(BackupStatus.DELETED, deleted.backupDetails().backupStatus());
        BackupNotFoundException error = assertThrows(BackupNotFoundException.class,
                () -> dynamo.describeBackup(b -> b.backupArn(arn)));
        assertEquals("Backup not found: " + arn, error.awsErrorDetails().errorMessage());
        assertThrows(BackupNotFoundException.class, () -> dynamo.restoreTableFromBackup(b -> b.backupArn(arn)
                .targetTableName("Anything")));
    }

    @Test
    void aBackupOutlivesItsTable(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Dropped", "item0", "item1");
        String arn = dynamo.createBackup(b -> b.tableName("Dropped").backupName("keep")).backupDetails().backupArn();
        dynamo.deleteTable(b -> b.tableName("Dropped"));

        dynamo.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("Dropped"));

        assertEquals(2, dynamo.scan(b -> b.tableName("Dropped")).count());
    }

    @Test
    void restoringOntoAnExistingTableNameFails(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Source", "item0");
        LetterTables.create(dynamo, "Taken", "item0");
        String arn = dynamo.createBackup(b -> b.tableName("Source").backupName("backup")).backupDetails().backupArn();

        TableAlreadyExistsException error = assertThrows(TableAlreadyExistsException.class,
                () -> dynamo.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("Taken")));

        assertEquals("Table already exists: Taken", error.awsErrorDetails().errorMessage());
    }

    @Test
    void backingUpATableThatDoesNotExistFails(DynamoDbClient dynamo) {
        TableNotFoundException error = assertThrows(TableNotFoundException.class,
                () -> dynamo.createBackup(b -> b.tableName("Missing").backupName("backup")));

        assertEquals("Table not found: Missing", error.awsErrorDetails().errorMessage());
    }

    @Test
    void aRestoreAppliesTheBillingAndEncryptionOverrides(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Billed", "item0");
        String arn = dynamo.createBackup(b -> b.tableName("Billed").backupName("backup")).backupDetails().backupArn();

        dynamo.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("Provisioned")
                .billingModeOverride(BillingMode.PROVISIONED)
                .provisionedThroughputOverride(p -> p.readCapacityUnits(5L).writeCapacityUnits(7L))
                .sseSpecificationOverride(s -> s.enabled(true).kmsMasterKeyId("1234abcd-12ab-34cd-56ef-1234567890ab")));
        TableDescription restored = dynamo.describeTable(b -> b.tableName("Provisioned")).table();

        assertEquals(7L, restored.provisionedThroughput().writeCapacityUnits());
        assertEquals(SSEStatus.ENABLED, restored.sseDescription().status());
        assertTrue(restored.sseDescription().kmsMasterKeyArn().endsWith(":key/1234abcd-12ab-34cd-56ef-1234567890ab"));
    }
}
