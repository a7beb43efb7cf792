package dev.stratus.dynamodb.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.dynamodb.LetterTables;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ExtendWith(StratusExtension.class)
class RestoreOverridesTest {

    private static String backupOf(DynamoDbClient dynamo, String table) {
        return dynamo.createBackup(b -> b.tableName(table).backupName("backup")).backupDetails().backupArn();
    }

    private static GlobalSecondaryIndex keysOnlyByKind(String name) {
        return GlobalSecondaryIndex.builder().indexName(name)
                .keySchema(k -> k.attributeName("kind").keyType(KeyType.HASH))
                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build();
    }

    @Test
    void anEmptyGlobalIndexOverrideRestoresNoGlobalIndex(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Indexed", "a", "b");
        String arn = backupOf(dynamo, "Indexed");

        dynamo.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("Bare")
                .globalSecondaryIndexOverride(List.of()));
        TableDescription restored = dynamo.describeTable(b -> b.tableName("Bare")).table();

        assertFalse(restored.hasGlobalSecondaryIndexes());
        assertEquals(List.of(AttributeDefinition.builder().attributeName("id")
                .attributeType(ScalarAttributeType.S).build()), restored.attributeDefinitions());
        assertEquals(2, dynamo.scan(b -> b.tableName("Bare")).count());
    }

    @Test
    void aGlobalIndexOverrideReplacesTheSourceIndexesAndIsBuiltFromTheItems(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Letters", "a", "b", "c");
        String arn = backupOf(dynamo, "Letters");

        dynamo.restoreTableFromBackup(b -> b.backupArn(arn).targetTableName("ReIndexed")
                .globalSecondaryIndexOverride(keysOnlyByKind("kindKeys")));
        TableDescription restored = dynamo.describeTable(b -> b.tableName("ReIndexed")).table();
        var found = dynamo.query(b -> b.tableName("ReIndexed").indexName("kindKeys")
                .keyConditionExpression("kind = :k").expressionAttributeValues(Map.of(":k",
                        AttributeValue.fromS("letter"))));

        assertEquals(List.of("kindKeys"), restored.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName).toList());
        assertEquals(3L, restored.globalSecondaryIndexes().get(0).itemCount());
        assertEquals(3, found.count());
        assertEquals(ProjectionType.KEYS_ONLY, restored.globalSecondaryIndexes().get(0).projection().projectionType());
    }

    @Test
    void anOverridingIndexOnAnUndefinedAttributeIsRefused(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Defined", "a");
        String arn = backupOf(dynamo, "Defined");

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.restoreTableFromBackup(b -> b
                .backupArn(arn).targetTableName("Undefined").globalSecondaryIndexOverride(g -> g.indexName("byColour")
                        .keySchema(k -> k.attributeName("colour").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [colour], AttributeDefinitions: [id, kind]",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void anOverridingIndexWithThroughputOnAnOnDemandTableIsRefused(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "OnDemand", "a");
        String arn = backupOf(dynamo, "OnDemand");

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.restoreTableFromBackup(b -> b
                .backupArn(arn).targetTableName("Throughput").globalSecondaryIndexOverride(keysOnlyByKind("k")
                        .toBuilder().indexName("kindKeys")
                        .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L)).build())));

        assertEquals("One or more parameter values were invalid: ProvisionedThroughput should not be specified for "
                + "index: kindKeys when BillingMode is PAY_PER_REQUEST", error.awsErrorDetails().errorMessage());
    }

    @Test
    void aPointInTimeRestoreTakesTheBillingAndIndexOverrides(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Recovered", "a", "b");
        dynamo.updateContinuousBackups(b -> b.tableName("Recovered")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));

        dynamo.restoreTableToPointInTime(b -> b.sourceTableName("Recovered").targetTableName("RecoveredProvisioned")
                .useLatestRestorableTime(true).billingModeOverride(BillingMode.PROVISIONED)
                .provisionedThroughputOverride(p -> p.readCapacityUnits(3L).writeCapacityUnits(4L))
                .globalSecondaryIndexOverride(keysOnlyByKind("kindKeys").toBuilder()
                        .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(2L)).build()));
        TableDescription restored = dynamo.describeTable(b -> b.tableName("RecoveredProvisioned")).table();

        assertEquals(4L, restored.provisionedThroughput().writeCapacityUnits());
        assertEquals(2L, restored.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits());
        assertEquals(2L, restored.globalSecondaryIndexes().get(0).itemCount());
    }
}
