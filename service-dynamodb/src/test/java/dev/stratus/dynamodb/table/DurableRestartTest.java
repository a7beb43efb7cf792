package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class DurableRestartTest {

    @TempDir
    Path dataDir;

    private Stratus start() {
        return Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString()).start();
    }

    private static DynamoDbClient client(Stratus stratus) {
        return DynamoDbClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("111111111111", "x")))
                .build();
    }

    @Test
    void tablesItemsAndIndexesSurviveARestart() {
        try (Stratus stratus = start(); DynamoDbClient dynamo = client(stratus)) {
            dynamo.createTable(b -> b.tableName("Durable").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("kind").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                    .globalSecondaryIndexes(g -> g.indexName("byKind")
                            .keySchema(k -> k.attributeName("kind").keyType(KeyType.HASH))
                            .projection(p -> p.projectionType(ProjectionType.ALL))));
            for (String id : new String[] {"a", "b", "c"}) {
                dynamo.putItem(b -> b.tableName("Durable").item(Map.of("id", AttributeValue.fromS(id),
                        "kind", AttributeValue.fromS("letter"))));
            }
        }

        try (Stratus stratus = start(); DynamoDbClient dynamo = client(stratus)) {
            TableDescription table = dynamo.describeTable(b -> b.tableName("Durable")).table();
            int byKind = dynamo.query(b -> b.tableName("Durable").indexName("byKind")
                    .keyConditionExpression("kind = :k")
                    .expressionAttributeValues(Map.of(":k", AttributeValue.fromS("letter")))).count();

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
