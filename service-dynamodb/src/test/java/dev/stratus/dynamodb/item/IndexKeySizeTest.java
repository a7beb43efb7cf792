package dev.stratus.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Index key values are held to DynamoDB's key size limits: 2048 bytes for a partition key, 1024 for a sort key. */
@ExtendWith(StratusExtension.class)
class IndexKeySizeTest {

    private static final String TABLE = "IndexKeys";
    private static final String PARTITION_TOO_LONG = "One or more parameter values were invalid: Size limit exceeded "
            + "for Index Key g Actual Size: 2049 bytes Max Size: 2048 bytes IndexName: byG";

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("g").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("gs").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byG")
                        .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH),
                                k -> k.attributeName("gs").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))));
    }

    private static Map<String, AttributeValue> item(String id, String g, String gs) {
        return Map.of("id", AttributeValue.fromS(id), "g", AttributeValue.fromS(g), "gs", AttributeValue.fromS(gs));
    }

    private static String refusal(Executable call) {
        DynamoDbException error = assertThrows(DynamoDbException.class, call);
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        return error.awsErrorDetails().errorMessage();
    }

    @Test
    void putItemWithAnIndexPartitionKeyOver2048BytesIsRefused(DynamoDbClient dynamo) {
        assertEquals(PARTITION_TOO_LONG, refusal(() -> dynamo.putItem(b -> b.tableName(TABLE)
                .item(item("p", "x".repeat(2049), "s")))));
        assertFalse(dynamo.getItem(b -> b.tableName(TABLE).key(Map.of("id", AttributeValue.fromS("p")))).hasItem());
    }

    @Test
    void updateItemWithAnIndexSortKeyOver1024BytesIsRefused(DynamoDbClient dynamo) {
        assertEquals("One or more parameter values were invalid: Size limit exceeded for Index Key gs Actual Size: "
                + "1025 bytes Max Size: 1024 bytes IndexName: byG", refusal(() -> dynamo.updateItem(b -> b
                        .tableName(TABLE).key(Map.of("id", AttributeValue.fromS("u")))
                        .updateExpression("SET g = :g, gs = :gs")
                        .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("g"),
                                ":gs", AttributeValue.fromS("y".repeat(1025)))))));
    }

    @Test
    void batchWriteWithAnOversizedIndexKeyWritesNothing(DynamoDbClient dynamo) {
        List<WriteRequest> puts = List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("b1", "g", "s"))).build(),
                WriteRequest.builder().putRequest(p -> p.item(item("b2", "x".repeat(2049), "s"))).build());

        assertEquals(PARTITION_TOO_LONG, refusal(() -> dynamo.batchWriteItem(b -> b.requestItems(Map.of(TABLE, puts)))));
        assertFalse(dynamo.getItem(b -> b.tableName(TABLE).key(Map.of("id", AttributeValue.fromS("b1")))).hasItem());
    }

    @Test
    void indexKeysAtTheLimitsAreAccepted(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("max", "x".repeat(2048), "y".repeat(1024))));

        assertEquals(1, dynamo.query(b -> b.tableName(TABLE).indexName("byG").keyConditionExpression("g = :g")
                .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("x".repeat(2048))))).count());
    }

    @Test
    void backfillOfANewIndexLeavesOversizedKeysOut(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName(TABLE).item(Map.of("id", AttributeValue.fromS("big"),
                "note", AttributeValue.fromS("n".repeat(2049)))));
        dynamo.putItem(b -> b.tableName(TABLE).item(Map.of("id", AttributeValue.fromS("small"),
                "note", AttributeValue.fromS("n"))));

        dynamo.updateTable(b -> b.tableName(TABLE)
                .attributeDefinitions(a -> a.attributeName("note").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byNote")
                        .keySchema(k -> k.attributeName("note").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))));

        assertEquals(1, dynamo.scan(b -> b.tableName(TABLE).indexName("byNote")).count());
        assertEquals(2, dynamo.scan(b -> b.tableName(TABLE).filterExpression("attribute_exists(note)")).count());
    }
}
