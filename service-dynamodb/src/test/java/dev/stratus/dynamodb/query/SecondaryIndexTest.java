package dev.stratus.dynamodb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ExtendWith(StratusExtension.class)
class SecondaryIndexTest {

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Orders")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("customer").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("order").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("status").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("total").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH),
                        k -> k.attributeName("order").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byStatus")
                        .keySchema(k -> k.attributeName("status").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("byTotal")
                        .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH),
                                k -> k.attributeName("total").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("note"))));
        put(dynamo, "alice", "o1", "open", 30, "first");
        put(dynamo, "alice", "o2", "shipped", 10, "second");
        put(dynamo, "bob", "o3", "open", 20, "third");
        dynamo.putItem(b -> b.tableName("Orders").item(Map.of("customer", s("carol"), "order", s("o4"))));
    }

    static void put(DynamoDbClient dynamo, String customer, String order, String status, int total, String note) {
        dynamo.putItem(b -> b.tableName("Orders").item(Map.of("customer", s(customer), "order", s(order),
                "status", s(status), "total", AttributeValue.fromN(Integer.toString(total)), "note", s(note),
                "secret", s("x"))));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    @Test
    void globalIndexQueryReturnsProjectedKeysOnly(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(b -> b.tableName("Orders").indexName("byStatus")
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("open"))));

        assertEquals(2, response.count());
        response.items().forEach(item -> assertEquals(Set.of("customer", "order", "status"), item.keySet()));
    }

    @Test
    void globalIndexQueryPagesWithTheIndexKeyInLastEvaluatedKey(DynamoDbClient dynamo) {
        QueryResponse first = dynamo.query(b -> b.tableName("Orders").indexName("byStatus").limit(1)
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("open"))));
        QueryResponse second = dynamo.query(b -> b.tableName("Orders").indexName("byStatus").limit(1)
                .exclusiveStartKey(first.lastEvaluatedKey())
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("open"))));

        assertEquals(Set.of("customer", "order", "status"), first.lastEvaluatedKey().keySet());
        assertEquals(1, second.count());
        assertNotEquals(first.items().get(0), second.items().get(0));
    }

    @Test
    void writesToATableWithALocalIndexReportItemCollectionMetrics(DynamoDbClient dynamo) {
        ItemCollectionMetrics metrics = dynamo.putItem(b -> b.tableName("Orders")
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                .item(Map.of("customer", s("fay"), "order", s("o7")))).itemCollectionMetrics();

        assertEquals(Map.of("customer", s("fay")), metrics.itemCollectionKey());
        assertEquals(List.of(0.0, 1.0), metrics.sizeEstimateRangeGB());
    }

    @Test
    void sparseIndexLeavesOutItemsWithoutTheKey(DynamoDbClient dynamo) {
        List<String> customers = dynamo.scan(b -> b.tableName("Orders").indexName("byStatus")).items().stream()
                .map(item -> item.get("customer").s()).toList();

        assertFalse(customers.contains("carol"));
        assertTrue(customers.contains("alice"));
    }

    @Test
    void localIndexQueryIsOrderedByItsRangeKey(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(b -> b.tableName("Orders").indexName("byTotal")
                .keyConditionExpression("customer = :c").expressionAttributeValues(Map.of(":c", s("alice"))));

        assertEquals(List.of("o2", "o1"), response.items().stream().map(item -> item.get("order").s()).toList());
        assertEquals("second", response.items().get(0).get("note").s());
        assertNull(response.items().get(0).get("secret"));
    }

    @Test
    void localIndexFetchesAllAttributesFromTheTable(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(b -> b.tableName("Orders").indexName("byTotal")
                .select(Select.ALL_ATTRIBUTES)
                .keyConditionExpression("customer = :c").expressionAttributeValues(Map.of(":c", s("alice"))));

        assertEquals("x", response.items().get(0).get("secret").s());
    }

    @Test
    void allAttributesFromAKeysOnlyGlobalIndexIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.query(b -> b
                .tableName("Orders").indexName("byStatus").select(Select.ALL_ATTRIBUTES)
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("open")))));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
    }

    @Test
    void deletingAnIndexThatIsNotAGlobalIndexIsRefused(DynamoDbClient dynamo) {
        DynamoDbException local = assertThrows(DynamoDbException.class, () -> dynamo.updateTable(b -> b
                .tableName("Orders").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byTotal")))));
        DynamoDbException missing = assertThrows(DynamoDbException.class, () -> dynamo.updateTable(b -> b
                .tableName("Orders").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("nope")))));

        assertEquals("ValidationException", local.awsErrorDetails().errorCode());
        assertEquals("Cannot delete an index that is not a GlobalSecondaryIndex: byTotal",
                local.awsErrorDetails().errorMessage());
        assertEquals("Cannot delete an index that is not a GlobalSecondaryIndex: nope",
                missing.awsErrorDetails().errorMessage());
    }

    @Test
    void indexMovesWhenTheItemsIndexKeyChanges(DynamoDbClient dynamo) {
        put(dynamo, "dave", "o5", "open", 5, "n");
        dynamo.updateItem(b -> b.tableName("Orders")
                .key(Map.of("customer", s("dave"), "order", s("o5")))
                .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("lost"))));

        QueryResponse lost = dynamo.query(b -> b.tableName("Orders").indexName("byStatus")
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("lost"))));

        assertEquals(1, lost.count());
    }

    @Test
    void writeCapacityCountsIndexWrites(DynamoDbClient dynamo) {
        ConsumedCapacity consumed = dynamo.putItem(b -> b.tableName("Orders")
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .item(Map.of("customer", s("erin"), "order", s("o6"), "status", s("open"),
                        "total", AttributeValue.fromN("1")))).consumedCapacity();

        assertEquals(3.0, consumed.capacityUnits());
        assertEquals(1.0, consumed.table().capacityUnits());
        assertEquals(1.0, consumed.globalSecondaryIndexes().get("byStatus").capacityUnits());
        assertEquals(1.0, consumed.localSecondaryIndexes().get("byTotal").capacityUnits());
    }

    @Test
    void globalIndexCreatedLaterIsFilledFromExistingItems(DynamoDbClient dynamo) {
        dynamo.updateTable(b -> b.tableName("Orders")
                .attributeDefinitions(a -> a.attributeName("note").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byNote")
                        .keySchema(k -> k.attributeName("note").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));

        QueryResponse response = dynamo.query(b -> b.tableName("Orders").indexName("byNote")
                .keyConditionExpression("note = :n").expressionAttributeValues(Map.of(":n", s("third"))));
        TableDescription table = dynamo.describeTable(b -> b.tableName("Orders")).table();

        assertEquals("bob", response.items().get(0).get("customer").s());
        assertEquals(2, table.globalSecondaryIndexes().size());
    }

    @Test
    void wrongIndexKeyTypeIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.putItem(b -> b
                .tableName("Orders").item(Map.of("customer", s("zed"), "order", s("o9"),
                        "status", AttributeValue.fromN("1")))));

        assertEquals("One or more parameter values were invalid: Type mismatch for Index Key status Expected: S "
                + "Actual: N IndexName: byStatus", error.awsErrorDetails().errorMessage());
    }

    @Test
    void legacyKeyConditionsOnThreeAttributesOfAnIndexKeyedByTwoAreRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.query(b -> b.tableName("Orders")
                .indexName("byTotal").keyConditions(Map.of(
                        "customer", condition(ComparisonOperator.EQ, s("alice")),
                        "total", condition(ComparisonOperator.GT, AttributeValue.fromN("5")),
                        "note", condition(ComparisonOperator.EQ, s("first"))))));

        assertEquals("Conditions can be of length 1 or 2 only", error.awsErrorDetails().errorMessage());
    }

    private static Condition condition(ComparisonOperator operator, AttributeValue value) {
        return Condition.builder().comparisonOperator(operator).attributeValueList(value).build();
    }
}
