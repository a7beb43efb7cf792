package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.LetterTables;
import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ExtendWith(StratusExtension.class)
class UpdateTableTest {

    @Test
    void switchingToProvisionedSetsThroughput(DynamoDbClient dynamo) {
        dynamo.createTable(TableLifecycleTest.onDemandTable("Billing").build());

        dynamo.updateTable(b -> b.tableName("Billing").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(4L).writeCapacityUnits(2L)));
        TableDescription table = dynamo.describeTable(b -> b.tableName("Billing")).table();

        assertEquals(4L, table.provisionedThroughput().readCapacityUnits());
        assertEquals(BillingMode.PROVISIONED, table.billingModeSummary().billingMode());
    }

    @Test
    void unchangedThroughputIsRefused(DynamoDbClient dynamo) {
        dynamo.createTable(TableLifecycleTest.onDemandTable("Same").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L)).build());

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.updateTable(b -> b
                .tableName("Same").provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L))));

        assertTrue(error.awsErrorDetails().errorMessage().startsWith(
                "The provisioned throughput for the table will not change."));
    }

    @Test
    void globalIndexCanBeDeleted(DynamoDbClient dynamo) {
        dynamo.createTable(TableLifecycleTest.onDemandTableWithIndex("Indexed", "gsi", "g").build());

        dynamo.updateTable(b -> b.tableName("Indexed").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("gsi"))));
        TableDescription table = dynamo.describeTable(b -> b.tableName("Indexed")).table();

        assertFalse(table.hasGlobalSecondaryIndexes());
        assertEquals(1, table.attributeDefinitions().size());
    }

    @Test
    void disablingAStreamKeepsTheLatestStreamArn(DynamoDbClient dynamo) {
        dynamo.createTable(TableLifecycleTest.onDemandTable("StreamOff")
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)).build());

        dynamo.updateTable(b -> b.tableName("StreamOff").streamSpecification(s -> s.streamEnabled(false)));
        TableDescription table = dynamo.describeTable(b -> b.tableName("StreamOff")).table();

        assertNull(table.streamSpecification());
        assertTrue(table.latestStreamArn().startsWith(table.tableArn() + "/stream/"));
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.updateTable(b -> b
                .tableName("StreamOff").streamSpecification(s -> s.streamEnabled(false))));
        assertEquals("Table has no stream to disable: TableName: StreamOff", error.awsErrorDetails().errorMessage());
    }

    @Test
    void updateWithoutChangesIsRefused(DynamoDbClient dynamo) {
        dynamo.createTable(TableLifecycleTest.onDemandTable("Nothing").build());

        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.updateTable(b -> b.tableName("Nothing")));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                + "GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, "
                + "ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, "
                + "WarmThroughput or TableClass is required", error.awsErrorDetails().errorMessage());
    }

    @Test
    void twoUpdatesOfOneIndexInOneRequestAreRefused(DynamoDbClient dynamo) {
        LetterTables.create(dynamo, "Twice");

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.updateTable(b -> b
                .tableName("Twice").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byKind")),
                        u -> u.update(d -> d.indexName("byKind")
                                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))))));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("One or more parameter values were invalid: Only one global secondary index update per index "
                + "is allowed simultaneously. Index: byKind", error.awsErrorDetails().errorMessage());
        assertTrue(dynamo.describeTable(b -> b.tableName("Twice")).table().hasGlobalSecondaryIndexes());
    }

    @Test
    void redeclaringAKeyWithAnotherTypeKeepsTheTypeItHas(DynamoDbClient dynamo) {
        dynamo.createTable(TableLifecycleTest.onDemandTable("Retyped").build());

        TableDescription updated = dynamo.updateTable(b -> b.tableName("Retyped")
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byG")
                        .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))))).tableDescription();
        dynamo.putItem(b -> b.tableName("Retyped").item(Map.of("pk", AttributeValue.fromS("still a string"))));

        assertEquals(ScalarAttributeType.S, updated.attributeDefinitions().stream()
                .filter(definition -> definition.attributeName().equals("pk")).findFirst().orElseThrow()
                .attributeType());
        assertEquals(1, dynamo.scan(b -> b.tableName("Retyped")).count());
    }
}
