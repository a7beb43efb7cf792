package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.dynamodb.DurableServer;
import dev.stratus.dynamodb.LetterTables;
import dev.stratus.gateway.Stratus;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.storage.rocksdb.RocksDbStorage;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class DurableRestartTest {

    @TempDir
    Path dataDir;

    private Stratus start() {
        return DurableServer.start(dataDir);
    }

    private static DynamoDbClient client(Stratus stratus) {
        return DurableServer.client(stratus);
    }

    @Test
    void tablesItemsAndIndexesSurviveARestart() {
        try (Stratus stratus = start(); DynamoDbClient dynamo = client(stratus)) {
            LetterTables.create(dynamo, "Durable", "a", "b", "c");
        }

        try (Stratus stratus = start(); DynamoDbClient dynamo = client(stratus)) {
            TableDescription table = dynamo.describeTable(b -> b.tableName("Durable")).table();
            int byKind = LetterTables.countByKind(dynamo, "Durable");

            assertEquals(3L, table.itemCount());
            assertEquals(3L, table.globalSecondaryIndexes().get(0).itemCount());
            assertEquals(3, byKind);
            assertEquals("b", dynamo.getItem(b -> b.tableName("Durable")
                    .key(Map.of("id", AttributeValue.fromS("b")))).item().get("id").s());
        }
    }

    @Test
    void aRestartReadsTheStoredTalliesInsteadOfCountingTheItems() {
        try (Stratus stratus = start(); DynamoDbClient dynamo = client(stratus)) {
            dynamo.createTable(b -> b.tableName("Counted").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
            for (String id : new String[] {"a", "b"}) {
                dynamo.putItem(b -> b.tableName("Counted").item(Map.of("id", AttributeValue.fromS(id))));
            }
        }
        try (RocksDbStorage storage = RocksDbStorage.open(dataDir, false)) {
            WriteBatch removeItemsBehindTheTally = new WriteBatch();
            KeyValueStore items = storage.namespace("dynamodb.items");
            try (Stream<KeyValue> stored = items.scan(KeyRange.all())) {
                stored.forEach(item -> removeItemsBehindTheTally.delete(items, item.key()));
            }
            storage.commit(removeItemsBehindTheTally);
        }

        try (Stratus stratus = start(); DynamoDbClient dynamo = client(stratus)) {
            TableDescription table = dynamo.describeTable(b -> b.tableName("Counted")).table();

            assertEquals(2L, table.itemCount());
            assertEquals(0, dynamo.scan(b -> b.tableName("Counted")).count());
        }
    }
}
