package dev.stratus.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

@ExtendWith(StratusExtension.class)
class PutGetDeleteItemTest {

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Items")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    @Test
    void putItemThenGetItemReturnsEveryType(DynamoDbClient dynamo) {
        Map<String, AttributeValue> item = Map.of("pk", s("all"), "sk", n("1"),
                "text", s(""), "number", n("1.50"), "binary", AttributeValue.fromB(SdkBytes.fromUtf8String("hi")),
                "flag", AttributeValue.fromBool(true), "nothing", AttributeValue.fromNul(true),
                "strings", AttributeValue.fromSs(java.util.List.of("a", "b")),
                "list", AttributeValue.fromL(java.util.List.of(n("1"), s("x"))),
                "map", AttributeValue.fromM(Map.of("nested", s("v"))));
        dynamo.putItem(b -> b.tableName("Items").item(item));

        Map<String, AttributeValue> read = dynamo.getItem(b -> b.tableName("Items")
                .key(Map.of("pk", s("all"), "sk", n("1")))).item();

        assertEquals("1.5", read.get("number").n());
        assertEquals("", read.get("text").s());
        assertEquals("hi", read.get("binary").b().asUtf8String());
        assertEquals(item.get("map"), read.get("map"));
        assertEquals(item.get("list"), read.get("list"));
        assertEquals(10, read.size());
    }

    @Test
    void putItemReturnsTheOldItemWhenAsked(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Items").item(Map.of("pk", s("old"), "sk", n("1"), "v", s("first"))));

        PutItemResponse response = dynamo.putItem(b -> b.tableName("Items").returnValues(ReturnValue.ALL_OLD)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .item(Map.of("pk", s("old"), "sk", n("1"), "v", s("second"))));

        assertEquals("first", response.attributes().get("v").s());
        assertEquals(1.0, response.consumedCapacity().capacityUnits());
    }

    @Test
    void getItemOfAMissingItemReturnsNoItem(DynamoDbClient dynamo) {
        assertFalse(dynamo.getItem(b -> b.tableName("Items").key(Map.of("pk", s("none"), "sk", n("0"))))
                .hasItem());
    }

    @Test
    void deleteItemRemovesTheItem(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Items").item(Map.of("pk", s("gone"), "sk", n("1"))));

        dynamo.deleteItem(b -> b.tableName("Items").key(Map.of("pk", s("gone"), "sk", n("1"))));

        assertFalse(dynamo.getItem(b -> b.tableName("Items").key(Map.of("pk", s("gone"), "sk", n("1")))).hasItem());
    }

    @Test
    void missingKeyAttributeIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.putItem(b -> b.tableName("Items").item(Map.of("pk", s("x")))));

        assertEquals("One or more parameter values were invalid: Missing the key sk in the item",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void wrongKeyTypeIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.putItem(b -> b.tableName("Items").item(Map.of("pk", s("x"), "sk", s("1")))));

        assertEquals("One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void keyNotMatchingTheSchemaIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.getItem(b -> b.tableName("Items").key(Map.of("pk", s("x")))));

        assertEquals("The provided key element does not match the schema", error.awsErrorDetails().errorMessage());
    }

    @Test
    void itemOver400KbIsRefusedAndNotStored(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.putItem(b -> b
                .tableName("Items").item(Map.of("pk", s("big"), "sk", n("1"), "data", s("x".repeat(410_000))))));

        assertEquals("Item size has exceeded the maximum allowed size", error.awsErrorDetails().errorMessage());
        assertFalse(dynamo.getItem(b -> b.tableName("Items").key(Map.of("pk", s("big"), "sk", n("1")))).hasItem());
    }

    @Test
    void attributeNamesOfUpTo65535BytesAreStoredAndLongerOnesRefusedAtAnyDepth(DynamoDbClient dynamo) {
        String longest = "é".repeat(32767) + "n";
        String tooLong = longest + "n";
        String message = "1 validation error detected: Attribute name is too large, must be less than 65536 bytes";

        dynamo.putItem(b -> b.tableName("Items").item(Map.of("pk", s("names"), "sk", n("1"), longest, s("v"),
                "doc", AttributeValue.fromM(Map.of(longest, s("nested"))))));
        DynamoDbException top = assertThrows(DynamoDbException.class, () -> dynamo.putItem(b -> b
                .tableName("Items").item(Map.of("pk", s("names"), "sk", n("2"), tooLong, s("v")))));
        DynamoDbException nested = assertThrows(DynamoDbException.class, () -> dynamo.updateItem(b -> b
                .tableName("Items").key(Map.of("pk", s("names"), "sk", n("1"))).updateExpression("SET doc = :d")
                .expressionAttributeValues(Map.of(":d", AttributeValue.fromL(List.of(
                        AttributeValue.fromM(Map.of(tooLong, s("deep")))))))));
        DynamoDbException batch = assertThrows(DynamoDbException.class, () -> dynamo.batchWriteItem(b -> b
                .requestItems(Map.of("Items", List.of(WriteRequest.builder().putRequest(p -> p.item(Map.of(
                        "pk", s("names"), "sk", n("3"), tooLong, s("v")))).build())))));

        Map<String, AttributeValue> stored = dynamo.getItem(b -> b.tableName("Items")
                .key(Map.of("pk", s("names"), "sk", n("1")))).item();
        assertEquals(s("v"), stored.get(longest));
        assertEquals(s("nested"), stored.get("doc").m().get(longest));
        assertEquals(message, top.awsErrorDetails().errorMessage());
        assertEquals("ValidationException", top.awsErrorDetails().errorCode());
        assertEquals(message, nested.awsErrorDetails().errorMessage());
        assertEquals(message, batch.awsErrorDetails().errorMessage());
        assertFalse(dynamo.getItem(b -> b.tableName("Items").key(Map.of("pk", s("names"), "sk", n("2")))).hasItem());
    }

    @Test
    void hashKeyOver2048BytesIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.putItem(b -> b
                .tableName("Items").item(Map.of("pk", s("k".repeat(2049)), "sk", n("1")))));

        assertEquals("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size "
                + "limit of2048 bytes", error.awsErrorDetails().errorMessage());
    }

    @Test
    void badNumberIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.putItem(b -> b.tableName("Items").item(Map.of("pk", s("x"), "sk", n("1x")))));

        assertEquals(400, error.statusCode());
        assertTrue(error.awsErrorDetails().errorMessage().startsWith("The parameter cannot be converted to a numeric value"));
    }

    @Test
    void emptyStringKeyIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.putItem(b -> b.tableName("Items").item(Map.of("pk", s(""), "sk", n("1")))));

        assertEquals("One or more parameter values are not valid. The AttributeValue for a key attribute cannot "
                + "contain an empty string value. Key: pk", error.awsErrorDetails().errorMessage());
    }

    @Test
    void writingToAMissingTableIsResourceNotFound(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.putItem(b -> b.tableName("NoSuchTable").item(Map.of("pk", s("x")))));

        assertEquals("ResourceNotFoundException", error.awsErrorDetails().errorCode());
        assertEquals("Requested resource not found", error.awsErrorDetails().errorMessage());
    }

    @Test
    void projectionDeeperThan32LevelsIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.getItem(b -> b.tableName("Items")
                .key(Map.of("pk", s("deep"), "sk", n("1"))).projectionExpression("a" + ".b".repeat(32))));

        assertEquals("Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33",
                error.awsErrorDetails().errorMessage());
    }
}
