package dev.stratus.dynamodb.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

@ExtendWith(StratusExtension.class)
class PointInTimeRecoveryTest {

    private static void table(DynamoDbClient dynamo, String name) {
        dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamo.putItem(b -> b.tableName(name).item(Map.of("id", AttributeValue.fromS("first"))));
    }

    private static void enable(DynamoDbClient dynamo, String name) {
        dynamo.updateContinuousBackups(b -> b.tableName(name)
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
    }

    @Test
    void aNewTableHasContinuousBackupsButNoPointInTimeRecovery(DynamoDbClient dynamo) {
        table(dynamo, "Fresh");

        var description = dynamo.describeContinuousBackups(b -> b.tableName("Fresh")).continuousBackupsDescription();

        assertEquals(ContinuousBackupsStatus.ENABLED, description.continuousBackupsStatus());
        assertEquals(PointInTimeRecoveryStatus.DISABLED,
                description.pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
        assertNull(description.pointInTimeRecoveryDescription().earliestRestorableDateTime());
    }

    @Test
    void enablingRecoveryReportsTheRestorableWindow(DynamoDbClient dynamo) {
        table(dynamo, "Recoverable");

        PointInTimeRecoveryDescription updated = dynamo.updateContinuousBackups(b -> b.tableName("Recoverable")
                        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(7)))
                .continuousBackupsDescription().pointInTimeRecoveryDescription();
        PointInTimeRecoveryDescription described = dynamo.describeContinuousBackups(b -> b.tableName("Recoverable"))
                .continuousBackupsDescription().pointInTimeRecoveryDescription();

        assertEquals(PointInTimeRecoveryStatus.ENABLED, updated.pointInTimeRecoveryStatus());
        assertEquals(PointInTimeRecoveryStatus.ENABLED, described.pointInTimeRecoveryStatus());
        assertEquals(7, described.recoveryPeriodInDays());
        assertNotNull(described.earliestRestorableDateTime());
        assertEquals(false, described.latestRestorableDateTime().isBefore(described.earliestRestorableDateTime()));
    }

    @Test
    void disablingRecoveryReportsItDisabled(DynamoDbClient dynamo) {
        table(dynamo, "Toggled");
        enable(dynamo, "Toggled");

        dynamo.updateContinuousBackups(b -> b.tableName("Toggled")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(false)));

        assertEquals(PointInTimeRecoveryStatus.DISABLED, dynamo.describeContinuousBackups(b -> b.tableName("Toggled"))
                .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
    }

    @Test
    void describingContinuousBackupsOfAMissingTableFails(DynamoDbClient dynamo) {
        TableNotFoundException error = assertThrows(TableNotFoundException.class,
                () -> dynamo.describeContinuousBackups(b -> b.tableName("Nowhere")));

        assertEquals("Table not found: Nowhere", error.awsErrorDetails().errorMessage());
    }

    @Test
    void aRestoreToTheLatestTimeCopiesTheTableAndSaysWhereFrom(DynamoDbClient dynamo) {
        table(dynamo, "Live");
        enable(dynamo, "Live");
        dynamo.putItem(b -> b.tableName("Live").item(Map.of("id", AttributeValue.fromS("second"))));

        dynamo.restoreTableToPointInTime(b -> b.sourceTableName("Live").targetTableName("LiveCopy")
                .useLatestRestorableTime(true));
        TableDescription copy = dynamo.describeTable(b -> b.tableName("LiveCopy")).table();

        assertEquals(2, dynamo.scan(b -> b.tableName("LiveCopy")).count());
        assertEquals(2L, copy.itemCount());
        assertNull(copy.restoreSummary().sourceBackupArn());
        assertEquals(dynamo.describeTable(b -> b.tableName("Live")).table().tableArn(),
                copy.restoreSummary().sourceTableArn());
    }

    @Test
    void aRestoreNeedsRecoveryEnabledOnTheSource(DynamoDbClient dynamo) {
        table(dynamo, "Unprotected");

        PointInTimeRecoveryUnavailableException error = assertThrows(PointInTimeRecoveryUnavailableException.class,
                () -> dynamo.restoreTableToPointInTime(b -> b.sourceTableName("Unprotected")
                        .targetTableName("Copy").useLatestRestorableTime(true)));

        assertEquals("Point in time recovery is not enabled for table 'Unprotected'",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void aRestoreOfAMissingSourceFails(DynamoDbClient dynamo) {
        TableNotFoundException error = assertThrows(TableNotFoundException.class, () -> dynamo
                .restoreTableToPointInTime(b -> b.sourceTableName("Absent").targetTableName("Copy")
                        .useLatestRestorableTime(true)));

        assertEquals("Table not found: Absent", error.awsErrorDetails().errorMessage());
    }

    @Test
    void aRestoreTimeBeforeRecoveryWasEnabledIsRefused(DynamoDbClient dynamo) {
        table(dynamo, "Recent");
        enable(dynamo, "Recent");

        assertThrows(InvalidRestoreTimeException.class, () -> dynamo.restoreTableToPointInTime(b -> b
                .sourceTableName("Recent").targetTableName("Copy").restoreDateTime(Instant.parse("2020-01-01T00:00:00Z"))));
    }
}
