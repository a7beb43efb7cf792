package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class TableActivationDelayTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder()
            .setting("dynamodb.table-activation-delay", "5s").withTestClock().build();

    @Test
    void tableIsCreatingUntilTheDelayHasPassed() {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        dynamo.createTable(TableLifecycleTest.onDemandTable("Slow").build());

        assertEquals(TableStatus.CREATING, dynamo.describeTable(b -> b.tableName("Slow")).table().tableStatus());
        assertThrows(ResourceNotFoundException.class, () -> dynamo.putItem(b -> b.tableName("Slow")
                .item(Map.of("pk", AttributeValue.fromS("early")))));

        stratus.clock().advance(Duration.ofSeconds(5));

        assertEquals(TableStatus.ACTIVE, dynamo.describeTable(b -> b.tableName("Slow")).table().tableStatus());
        dynamo.putItem(b -> b.tableName("Slow").item(Map.of("pk", AttributeValue.fromS("now"))));
    }

    @Test
    void newGlobalIndexIsBackfilledBeforeItCanBeQueried() {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        dynamo.createTable(TableLifecycleTest.onDemandTable("Growing").build());
        stratus.clock().advance(Duration.ofSeconds(5));
        dynamo.putItem(b -> b.tableName("Growing").item(Map.of("pk", AttributeValue.fromS("p"),
                "colour", AttributeValue.fromS("red"))));

        GlobalSecondaryIndexDescription added = dynamo.updateTable(b -> b.tableName("Growing")
                .attributeDefinitions(a -> a.attributeName("colour").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byColour")
                        .keySchema(k -> k.attributeName("colour").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))))
                .tableDescription().globalSecondaryIndexes().get(0);
        GlobalSecondaryIndexDescription filling = dynamo.describeTable(b -> b.tableName("Growing")).table()
                .globalSecondaryIndexes().get(0);
        DynamoDbException refused = assertThrows(DynamoDbException.class, () -> queryRed(dynamo));
        stratus.clock().advance(Duration.ofSeconds(5));
        GlobalSecondaryIndexDescription ready = dynamo.describeTable(b -> b.tableName("Growing")).table()
                .globalSecondaryIndexes().get(0);

        assertEquals(IndexStatus.CREATING, added.indexStatus());
        assertEquals(false, added.backfilling());
        assertEquals(IndexStatus.CREATING, filling.indexStatus());
        assertEquals(true, filling.backfilling());
        assertEquals("ValidationException", refused.awsErrorDetails().errorCode());
        assertEquals("Cannot read from backfilling global secondary index: byColour",
                refused.awsErrorDetails().errorMessage());
        assertEquals(IndexStatus.ACTIVE, ready.indexStatus());
        assertNull(ready.backfilling());
        assertEquals(1, queryRed(dynamo).count());
    }

    @Test
    void deletedGlobalIndexIsDeletingUntilTheDelayHasPassed() {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        dynamo.createTable(TableLifecycleTest.onDemandTableWithIndex("Shrinking", "byColour", "colour").build());
        stratus.clock().advance(Duration.ofSeconds(5));

        GlobalSecondaryIndexDescription deleted = dynamo.updateTable(b -> b.tableName("Shrinking")
                        .globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byColour"))))
                .tableDescription().globalSecondaryIndexes().get(0);
        GlobalSecondaryIndexDescription deleting = dynamo.describeTable(b -> b.tableName("Shrinking")).table()
                .globalSecondaryIndexes().get(0);
        stratus.clock().advance(Duration.ofSeconds(5));
        TableDescription gone = dynamo.describeTable(b -> b.tableName("Shrinking")).table();

        assertEquals(IndexStatus.DELETING, deleted.indexStatus());
        assertEquals("byColour", deleting.indexName());
        assertEquals(IndexStatus.DELETING, deleting.indexStatus());
        assertNull(deleting.backfilling());
        assertFalse(gone.hasGlobalSecondaryIndexes());
    }

    private static QueryResponse queryRed(DynamoDbClient dynamo) {
        return dynamo.query(b -> b.tableName("Growing").indexName("byColour").keyConditionExpression("colour = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("red"))));
    }
}
