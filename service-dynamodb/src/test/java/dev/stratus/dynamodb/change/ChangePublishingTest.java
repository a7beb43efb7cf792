package dev.stratus.dynamodb.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.DynamoDbBindings;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.ItemChangeListener;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangePublishingTest {

    /** Records every change and writes a marker into the same batch, as a stream would. */
    @Singleton
    static final class RecordingListener implements ItemChangeListener {
        final List<ItemChange> items = new CopyOnWriteArrayList<>();
        final List<TableChange> tables = new CopyOnWriteArrayList<>();
        final List<Boolean> itemWriteInBatch = new CopyOnWriteArrayList<>();
        final Set<String> unwantedTables = ConcurrentHashMap.newKeySet();
        private final Storage storage;

        @jakarta.inject.Inject
        RecordingListener(Storage storage) {
            this.storage = storage;
        }

        @Override
        public boolean wantsItemChanges(String accountId, String region, String tableName) {
            return !unwantedTables.contains(tableName);
        }

        @Override
        public void onItemChange(ItemChange change, WriteBatch batch) {
            items.add(change);
            itemWriteInBatch.add(batch.writes().stream().anyMatch(write -> write.namespace().equals("dynamodb.items")));
            batch.put(storage.namespace("test.records"), ("r" + items.size()).getBytes(StandardCharsets.UTF_8),
                    new byte[] {1});
        }

        @Override
        public void onTableChange(TableChange change, WriteBatch batch) {
            tables.add(change);
        }
    }

    private DynamoDbEngine engine;
    private RecordingListener listener;

    @BeforeEach
    void startWithARecordingListener() {
        engine = new DynamoDbEngine(new AbstractModule() {
            @Override
            protected void configure() {
                DynamoDbBindings.itemChangeListener(binder(), RecordingListener.class);
            }
        });
        listener = engine.instance(RecordingListener.class);
        engine.call("CreateTable", """
                {"TableName": "Changes", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}""");
    }

    @Test
    void tableCreationIsPublishedWithItsStream() {
        TableChange created = listener.tables.get(0);

        assertEquals(TableChange.Kind.CREATED, created.kind());
        assertEquals("123456789012", created.accountId());
        assertEquals("2026-01-02T03:04:05.678", created.stream().label());
        assertEquals("arn:aws:dynamodb:us-east-1:123456789012:table/Changes/stream/2026-01-02T03:04:05.678",
                created.stream().streamArn());
        assertEquals(List.of(new TableChange.KeyAttribute("id", "HASH")), created.keySchema());
    }

    @Test
    void putUpdateAndDeleteArePublishedWithImagesInsideTheirCommit() {
        engine.call("PutItem", """
                {"TableName": "Changes", "Item": {"id": {"S": "a"}, "v": {"N": "1"}}}""");
        engine.call("UpdateItem", """
                {"TableName": "Changes", "Key": {"id": {"S": "a"}}, "UpdateExpression": "SET v = :two",
                 "ExpressionAttributeValues": {":two": {"N": "2"}}}""");
        engine.call("DeleteItem", """
                {"TableName": "Changes", "Key": {"id": {"S": "a"}}}""");

        assertEquals(List.of(ChangeType.INSERT, ChangeType.MODIFY, ChangeType.REMOVE),
                listener.items.stream().map(ItemChange::type).toList());
        ItemChange modify = listener.items.get(1);
        assertEquals(new AttributeValue.N(DynamoNumber.of(1)), modify.oldImage().get("v"));
        assertEquals(new AttributeValue.N(DynamoNumber.of(2)), modify.newImage().get("v"));
        assertEquals(new AttributeValue.S("a"), modify.keys().get("id"));
        assertEquals(3, modify.keysSizeBytes());
        assertEquals(DynamoDbEngine.START, modify.time());
        assertNull(listener.items.get(2).newImage());
        assertTrue(listener.itemWriteInBatch.stream().allMatch(Boolean::booleanValue));
        assertTrue(engine.instance(Storage.class).namespace("test.records").get("r3".getBytes(StandardCharsets.UTF_8))
                .isPresent());
    }

    @Test
    void writesToATableNoListenerWantsAreCommittedWithoutBeingPublished() {
        listener.unwantedTables.add("Changes");

        engine.call("PutItem", """
                {"TableName": "Changes", "Item": {"id": {"S": "quiet"}, "v": {"N": "1"}}}""");

        assertEquals(List.of(), listener.items);
        assertTrue(engine.call("GetItem", """
                {"TableName": "Changes", "Key": {"id": {"S": "quiet"}}}""").has("Item"));
    }

    @Test
    void writesThatChangeNothingAreNotPublished() {
        engine.call("PutItem", """
                {"TableName": "Changes", "Item": {"id": {"S": "same"}, "v": {"N": "1"}}}""");
        engine.call("PutItem", """
                {"TableName": "Changes", "Item": {"id": {"S": "same"}, "v": {"N": "1.0"}}}""");
        engine.call("UpdateItem", """
                {"TableName": "Changes", "Key": {"id": {"S": "same"}}, "UpdateExpression": "SET v = :one",
                 "ExpressionAttributeValues": {":one": {"N": "1"}}}""");
        engine.call("DeleteItem", """
                {"TableName": "Changes", "Key": {"id": {"S": "missing"}}}""");
        engine.send("PutItem", """
                {"TableName": "Changes", "Item": {"id": {"S": "same"}}, "ConditionExpression": "attribute_not_exists(id)"}""");

        assertEquals(1, listener.items.size());
    }

    @Test
    void removingFromAMissingItemPublishesNothing() {
        engine.call("UpdateItem", """
                {"TableName": "Changes", "Key": {"id": {"S": "missing"}}, "UpdateExpression": "REMOVE a, b.c[1]"}""");
        engine.call("UpdateItem", """
                {"TableName": "Changes", "Key": {"id": {"S": "missing"}}, "UpdateExpression": "DELETE s :v",
                 "ExpressionAttributeValues": {":v": {"SS": ["x"]}}}""");

        assertEquals(List.of(), listener.items);
    }

    @Test
    void batchWritesArePublishedOncePerItem() {
        engine.call("BatchWriteItem", """
                {"RequestItems": {"Changes": [
                  {"PutRequest": {"Item": {"id": {"S": "b1"}}}},
                  {"PutRequest": {"Item": {"id": {"S": "b2"}}}}]}}""");

        assertEquals(2, listener.items.size());
    }

    @Test
    void streamDisableEnableAndTableDeletionArePublished() {
        engine.call("UpdateTable", """
                {"TableName": "Changes", "StreamSpecification": {"StreamEnabled": false}}""");
        engine.call("UpdateTable", """
                {"TableName": "Changes", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}""");
        engine.call("DeleteTable", """
                {"TableName": "Changes"}""");

        assertEquals(List.of(TableChange.Kind.CREATED, TableChange.Kind.STREAM_DISABLED,
                        TableChange.Kind.STREAM_ENABLED, TableChange.Kind.DELETED),
                listener.tables.stream().map(TableChange::kind).toList());
        assertEquals("KEYS_ONLY", listener.tables.get(2).stream().viewType());
        assertEquals("KEYS_ONLY", listener.tables.get(3).stream().viewType());
    }

    @Test
    void deletingATableWithoutAStreamPublishesNoStream() {
        engine.call("UpdateTable", """
                {"TableName": "Changes", "StreamSpecification": {"StreamEnabled": false}}""");
        engine.call("DeleteTable", """
                {"TableName": "Changes"}""");

        assertNull(listener.tables.get(2).stream());
    }
}
