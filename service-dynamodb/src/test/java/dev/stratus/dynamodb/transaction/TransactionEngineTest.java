package dev.stratus.dynamodb.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableCatalog;
import dev.stratus.spi.ServiceResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions inside the engine: what they publish, and how they meet another transaction in flight. */
class TransactionEngineTest {

    private final DynamoDbEngine engine = ChangeRecorder.engine();
    private final ChangeRecorder recorder = ChangeRecorder.of(engine);

    @BeforeEach
    void createTable() {
        engine.call("CreateTable", """
                {"TableName": "Orders", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"},
                   {"AttributeName": "status", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                 "GlobalSecondaryIndexes": [{"IndexName": "ByStatus",
                   "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}],
                   "Projection": {"ProjectionType": "ALL"}}]}""");
        engine.call("PutItem", """
                {"TableName": "Orders", "Item": {"id": {"S": "old"}, "status": {"S": "open"}}}""");
    }

    @Test
    void everyChangedItemIsPublishedOnceInTheTransactionsSingleBatch() {
        int before = recorder.published().size();

        engine.call("TransactWriteItems", """
                {"TransactItems": [
                  {"Put": {"TableName": "Orders", "Item": {"id": {"S": "new"}, "status": {"S": "open"}}}},
                  {"Delete": {"TableName": "Orders", "Key": {"id": {"S": "old"}}}},
                  {"ConditionCheck": {"TableName": "Orders", "Key": {"id": {"S": "other"}},
                    "ConditionExpression": "attribute_not_exists(id)"}}]}""");

        List<ChangeRecorder.Published> published = recorder.published().subList(before, before + 2);
        assertEquals(before + 2, recorder.published().size());
        assertEquals(List.of(ChangeType.INSERT, ChangeType.REMOVE),
                published.stream().map(p -> p.change().type()).toList());
        assertSame(published.get(0).batch(), published.get(1).batch());
        assertTrue(published.get(0).batch().writes().stream()
                .anyMatch(write -> write.namespace().equals("dynamodb.indexes")));
        JsonNode byIndex = engine.call("Query", """
                {"TableName": "Orders", "IndexName": "ByStatus", "KeyConditionExpression": "#s = :open",
                 "ExpressionAttributeNames": {"#s": "status"}, "ExpressionAttributeValues": {":open": {"S": "open"}}}""");
        assertEquals("new", byIndex.get("Items").get(0).get("id").get("S").asText());
        assertEquals(1, byIndex.get("Count").asInt());
    }

    /** Claims the item {@code id} of Orders as a transaction in flight would. */
    private ItemIdentity claim(String id) {
        Table table = engine.instance(TableCatalog.class).find("123456789012", "us-east-1", "Orders").orElseThrow();
        ItemIdentity item = ItemIdentity.of(table,
                KeyRules.ofKey(table.definition().keySchema(), Map.of("id", new AttributeValue.S(id))));
        assertTrue(engine.instance(InFlightItems.class).claim(List.of(item)).isEmpty());
        return item;
    }

    @Test
    void aSingleItemWriteToAnItemOfATransactionInFlightIsATransactionConflict() {
        ItemIdentity old = claim("old");
        try {
            ServiceResponse conflicting = engine.send("PutItem", """
                    {"TableName": "Orders", "Item": {"id": {"S": "old"}, "status": {"S": "closed"}}}""");
            ServiceResponse elsewhere = engine.send("PutItem", """
                    {"TableName": "Orders", "Item": {"id": {"S": "elsewhere"}}}""");

            JsonNode error = engine.parse(conflicting.body());
            assertTrue(error.get("__type").asText().endsWith("#TransactionConflictException"));
            assertEquals("Transaction is ongoing for the item", error.get("message").asText());
            assertEquals(200, elsewhere.status());
        } finally {
            engine.instance(InFlightItems.class).release(List.of(old));
        }
    }

    @Test
    void aTransactionMeetingAnotherInFlightOnTheSameItemIsCancelledWithTransactionConflict() {
        ItemIdentity old = claim("old");
        InFlightItems inFlight = engine.instance(InFlightItems.class);
        try {
            ServiceResponse response = engine.send("TransactWriteItems", """
                    {"TransactItems": [
                      {"Put": {"TableName": "Orders", "Item": {"id": {"S": "other"}}}},
                      {"Delete": {"TableName": "Orders", "Key": {"id": {"S": "old"}}}}]}""");

            JsonNode error = engine.parse(response.body());
            assertEquals(400, response.status());
            assertTrue(error.get("__type").asText().endsWith("#TransactionCanceledException"));
            assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons "
                    + "[None, TransactionConflict]", error.get("message").asText());
            assertEquals("Transaction is ongoing for the item",
                    error.get("CancellationReasons").get(1).get("Message").asText());
        } finally {
            inFlight.release(List.of(old));
        }
        assertEquals(List.of(ChangeType.INSERT), recorder.changes().stream().map(ItemChange::type).toList());
    }
}
