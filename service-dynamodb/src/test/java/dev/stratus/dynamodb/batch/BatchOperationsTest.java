package dev.stratus.dynamodb.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

@ExtendWith(StratusExtension.class)
class BatchOperationsTest {

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Batch")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    static Map<String, AttributeValue> key(int id) {
        return Map.of("id", AttributeValue.fromN(Integer.toString(id)));
    }

    static WriteRequest put(int id) {
        return WriteRequest.builder().putRequest(p -> p.item(key(id))).build();
    }

    @Test
    void batchWriteThenBatchGetRoundTrips(DynamoDbClient dynamo) {
        List<WriteRequest> puts = new ArrayList<>();
        for (int id = 1; id <= 25; id++) {
            puts.add(put(id));
        }
        BatchWriteItemResponse written = dynamo.batchWriteItem(b -> b.requestItems(Map.of("Batch", puts)));
        BatchGetItemResponse read = dynamo.batchGetItem(b -> b.requestItems(Map.of("Batch",
                KeysAndAttributes.builder().keys(key(1), key(2), key(99)).build())));

        assertTrue(written.unprocessedItems().isEmpty());
        assertEquals(2, read.responses().get("Batch").size());
        assertTrue(read.unprocessedKeys().isEmpty());
    }

    @Test
    void batchWriteDeletes(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Batch").item(key(500)));

        dynamo.batchWriteItem(b -> b.requestItems(Map.of("Batch",
                List.of(WriteRequest.builder().deleteRequest(d -> d.key(key(500))).build()))));

        assertFalse(dynamo.getItem(b -> b.tableName("Batch").key(key(500))).hasItem());
    }

    @Test
    void moreThan25WritesAreRefused(DynamoDbClient dynamo) {
        List<WriteRequest> puts = new ArrayList<>();
        for (int id = 100; id < 126; id++) {
            puts.add(put(id));
        }

        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("Batch", puts))));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertFalse(dynamo.getItem(b -> b.tableName("Batch").key(key(100))).hasItem());
    }

    @Test
    void duplicateKeysInABatchWriteAreRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("Batch", List.of(put(300), put(300))))));

        assertEquals("Provided list of item keys contains duplicates", error.awsErrorDetails().errorMessage());
    }

    @Test
    void duplicateKeysInABatchGetAreRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.batchGetItem(b -> b
                .requestItems(Map.of("Batch", KeysAndAttributes.builder().keys(key(1), key(1)).build()))));

        assertEquals("Provided list of item keys contains duplicates", error.awsErrorDetails().errorMessage());
    }

    @Test
    void moreThan100KeysAreRefused(DynamoDbClient dynamo) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int id = 0; id < 101; id++) {
            keys.add(key(id));
        }

        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.batchGetItem(b -> b
                .requestItems(Map.of("Batch", KeysAndAttributes.builder().keys(keys).build()))));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
    }
}
