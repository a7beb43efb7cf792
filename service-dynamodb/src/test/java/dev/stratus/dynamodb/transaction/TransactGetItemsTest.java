package dev.stratus.dynamodb.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

@ExtendWith(StratusExtension.class)
class TransactGetItemsTest {

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Shelf")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamo.putItem(b -> b.tableName("Shelf").item(Map.of("id", AttributeValue.fromS("book"),
                "title", AttributeValue.fromS("Dune"), "pages", AttributeValue.fromN("412"))));
    }

    private static TransactGetItem get(String id) {
        return TransactGetItem.builder().get(g -> g.tableName("Shelf").key(Map.of("id", AttributeValue.fromS(id)))
                .projectionExpression("title")).build();
    }

    @Test
    void readsEveryItemInRequestOrderWithAnEmptyResponseForAMissingOne(DynamoDbClient dynamo) {
        TransactGetItemsResponse response = dynamo.transactGetItems(b -> b.transactItems(get("missing"), get("book"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        List<ItemResponse> responses = response.responses();
        assertEquals(2, responses.size());
        assertFalse(responses.get(0).hasItem());
        assertEquals(Map.of("title", AttributeValue.fromS("Dune")), responses.get(1).item());
        assertEquals(4.0, response.consumedCapacity().get(0).capacityUnits());
    }

    @Test
    void moreThanOneHundredGetsAreRefusedAtTransactItems(DynamoDbClient dynamo) {
        List<TransactGetItem> gets = IntStream.range(0, 101).mapToObj(i -> get("book-" + i)).toList();

        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.transactGetItems(b -> b.transactItems(gets)));

        String message = error.awsErrorDetails().errorMessage();
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertTrue(message.startsWith("1 validation error detected: Value '[TransactGetItem(get=Get(key={id="),
                message);
        assertTrue(message.endsWith("' at 'transactItems' failed to satisfy constraint: Member must have length less "
                + "than or equal to 100"), message);
    }
}
