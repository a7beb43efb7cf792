package dev.stratus.dynamodb.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Requests in the pre-expression form (legacy parameters), as older SDK code sends them. */
@ExtendWith(StratusExtension.class)
class LegacyRequestsTest {

    @BeforeAll
    static void createOrders(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("customer").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("order").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH),
                        k -> k.attributeName("order").keyType(KeyType.RANGE)));
        for (int order = 1; order <= 4; order++) {
            String status = order % 2 == 0 ? "open" : "closed";
            String total = Integer.toString(order * 10);
            String number = Integer.toString(order);
            dynamo.putItem(b -> b.tableName("Orders").item(Map.of("customer", s("ann"), "order", n(number),
                    "status", s(status), "total", n(total))));
        }
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    static Map<String, AttributeValue> key(String customer, String order) {
        return Map.of("customer", s(customer), "order", n(order));
    }

    static Condition condition(ComparisonOperator operator, AttributeValue... values) {
        return Condition.builder().comparisonOperator(operator).attributeValueList(values).build();
    }

    @Test
    void putItemWithExpectedRefusesAnExistingItem(DynamoDbClient dynamo) {
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.putItem(b -> b.tableName("Orders")
                .item(key("ann", "1"))
                .expected(Map.of("customer", ExpectedAttributeValue.builder().exists(false).build()))));

        assertEquals("closed", dynamo.getItem(b -> b.tableName("Orders").key(key("ann", "1"))).item()
                .get("status").s());
    }

    @Test
    void updateItemWithAttributeUpdatesAndExpected(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Orders").item(Map.of("customer", s("bea"), "order", n("1"),
                "status", s("open"), "tags", AttributeValue.fromSs(List.of("a", "b")))));

        Map<String, AttributeValue> updated = dynamo.updateItem(b -> b.tableName("Orders").key(key("bea", "1"))
                .attributeUpdates(Map.of(
                        "visits", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("2")).build(),
                        "note", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(s("rush")).build(),
                        "status", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build(),
                        "tags", AttributeValueUpdate.builder().action(AttributeAction.DELETE)
                                .value(AttributeValue.fromSs(List.of("a"))).build()))
                .expected(Map.of("status", ExpectedAttributeValue.builder()
                        .comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("open")).build()))
                .returnValues(ReturnValue.ALL_NEW)).attributes();

        assertEquals(Map.of("customer", s("bea"), "order", n("1"), "visits", n("2"), "note", s("rush"),
                "tags", AttributeValue.fromSs(List.of("b"))), updated);
    }

    @Test
    void expectedNotContainsFailsOnAMissingAttribute(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Orders").item(Map.of("customer", s("cy"), "order", n("1"),
                "tags", AttributeValue.fromSs(List.of("a")))));

        dynamo.updateItem(b -> b.tableName("Orders").key(key("cy", "1"))
                .attributeUpdates(Map.of("note", AttributeValueUpdate.builder().value(s("first")).build()))
                .expected(Map.of("tags", ExpectedAttributeValue.builder()
                        .comparisonOperator(ComparisonOperator.NOT_CONTAINS).attributeValueList(s("b")).build())));
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.updateItem(b -> b.tableName("Orders")
                .key(key("cy", "1"))
                .attributeUpdates(Map.of("note", AttributeValueUpdate.builder().value(s("second")).build()))
                .expected(Map.of("absent", ExpectedAttributeValue.builder()
                        .comparisonOperator(ComparisonOperator.NOT_CONTAINS).attributeValueList(s("b")).build()))));

        assertEquals("first", dynamo.getItem(b -> b.tableName("Orders").key(key("cy", "1"))).item().get("note").s());
    }

    @Test
    void deleteItemWithAFailingExpectedValueKeepsTheItem(DynamoDbClient dynamo) {
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.deleteItem(b -> b.tableName("Orders")
                .key(key("ann", "2"))
                .expected(Map.of("total", ExpectedAttributeValue.builder().value(n("999")).build()))));

        assertEquals("20", dynamo.getItem(b -> b.tableName("Orders").key(key("ann", "2"))).item().get("total").n());
    }

    @Test
    void queryWithKeyConditionsQueryFilterAndAttributesToGet(DynamoDbClient dynamo) {
        QueryResponse response = dynamo.query(b -> b.tableName("Orders")
                .keyConditions(Map.of("customer", condition(ComparisonOperator.EQ, s("ann")),
                        "order", condition(ComparisonOperator.BETWEEN, n("2"), n("4"))))
                .queryFilter(Map.of("status", condition(ComparisonOperator.EQ, s("open"))))
                .attributesToGet("order", "total"));

        assertEquals(List.of(Map.of("order", n("2"), "total", n("20")), Map.of("order", n("4"), "total", n("40"))),
                response.items());
        assertEquals(3, response.scannedCount());
    }

    @Test
    void scanWithScanFilterJoinedByConditionalOperatorOr(DynamoDbClient dynamo) {
        List<Map<String, AttributeValue>> items = dynamo.scan(b -> b.tableName("Orders")
                .scanFilter(Map.of("total", condition(ComparisonOperator.GE, n("40")),
                        "order", condition(ComparisonOperator.IN, n("1"))))
                .conditionalOperator(ConditionalOperator.OR)
                .attributesToGet("order")).items();

        assertEquals(2, items.size());
    }

    @Test
    void getItemAndBatchGetItemWithAttributesToGet(DynamoDbClient dynamo) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName("Orders").key(key("ann", "3"))
                .attributesToGet("status")).item();
        List<Map<String, AttributeValue>> batch = dynamo.batchGetItem(b -> b.requestItems(Map.of("Orders",
                KeysAndAttributes.builder()
                        .keys(key("ann", "3")).attributesToGet("total").build()))).responses().get("Orders");

        assertEquals(Map.of("status", s("closed")), item);
        assertEquals(List.of(Map.of("total", n("30"))), batch);
    }

    @Test
    void mixingLegacyAndExpressionParametersIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.getItem(b -> b
                .tableName("Orders").key(key("ann", "1")).attributesToGet("status").projectionExpression("total")));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
                error.awsErrorDetails().errorMessage());
    }
}
