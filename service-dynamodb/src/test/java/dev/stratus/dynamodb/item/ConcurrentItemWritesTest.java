package dev.stratus.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Many clients writing the same table at once: different items, the same items, counters and transactions. */
@ExtendWith(StratusExtension.class)
class ConcurrentItemWritesTest {

    private static final int CLIENTS = 8;
    private static final int ITEMS_PER_CLIENT = 40;
    private static final int INCREMENTS_PER_CLIENT = 25;

    @BeforeAll
    static void createTables(DynamoDbClient dynamo) {
        for (String name : List.of("Busy", "Counters", "Accounts")) {
            dynamo.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("group").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .globalSecondaryIndexes(g -> g.indexName("byGroup")
                            .keySchema(k -> k.attributeName("group").keyType(KeyType.HASH))
                            .projection(p -> p.projectionType(ProjectionType.ALL))));
        }
    }

    @Test
    void writersOfDifferentAndSharedItemsLeaveTheTableItsIndexAndItsCountRight(DynamoDbClient dynamo)
            throws Exception {
        runTogether(client -> () -> {
            for (int i = 0; i < ITEMS_PER_CLIENT; i++) {
                String own = "own-" + client + "-" + i;
                String shared = "shared-" + i % 10;
                String batched = "batch-" + i % 10;
                dynamo.putItem(b -> b.tableName("Busy").item(item(own, "g" + client)));
                dynamo.putItem(b -> b.tableName("Busy").item(item(shared, "g" + client)));
                dynamo.batchWriteItem(b -> b.requestItems(Map.of("Busy", List.of(
                        put(item(batched, "g" + client)),
                        put(item(own, "moved"))))));
            }
            return null;
        });

        int items = CLIENTS * ITEMS_PER_CLIENT + 10 + 10;
        assertEquals(items, dynamo.scan(b -> b.tableName("Busy")).count());
        assertEquals(items, dynamo.scan(b -> b.tableName("Busy").indexName("byGroup")).count());
        assertEquals(CLIENTS * ITEMS_PER_CLIENT, dynamo.query(b -> b.tableName("Busy").indexName("byGroup")
                .keyConditionExpression("#g = :g")
                .expressionAttributeNames(Map.of("#g", "group"))
                .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("moved")))).count());
        assertEquals(items, dynamo.describeTable(b -> b.tableName("Busy")).table().itemCount());
    }

    @Test
    void conditionalCountersLoseNoIncrement(DynamoDbClient dynamo) throws Exception {
        dynamo.putItem(b -> b.tableName("Counters").item(Map.of("pk", AttributeValue.fromS("counter"),
                "version", AttributeValue.fromN("0"))));

        runTogether(client -> () -> {
            for (int done = 0; done < INCREMENTS_PER_CLIENT; ) {
                String version = dynamo.getItem(b -> b.tableName("Counters").consistentRead(true)
                        .key(Map.of("pk", AttributeValue.fromS("counter")))).item().get("version").n();
                try {
                    dynamo.putItem(b -> b.tableName("Counters")
                            .item(Map.of("pk", AttributeValue.fromS("counter"),
                                    "version", AttributeValue.fromN(String.valueOf(Long.parseLong(version) + 1))))
                            .conditionExpression("version = :seen")
                            .expressionAttributeValues(Map.of(":seen", AttributeValue.fromN(version))));
                    done++;
                } catch (ConditionalCheckFailedException lostTheRace) {
                    // read again and retry
                }
            }
            return null;
        });

        assertEquals(String.valueOf(CLIENTS * INCREMENTS_PER_CLIENT), dynamo.getItem(b -> b.tableName("Counters")
                .consistentRead(true).key(Map.of("pk", AttributeValue.fromS("counter")))).item().get("version").n());
    }

    @Test
    void transfersBetweenAccountsBesideSingleWritesKeepTheTotal(DynamoDbClient dynamo) throws Exception {
        for (int account = 0; account < 4; account++) {
            Map<String, AttributeValue> opening = balance("acct-" + account, 1000);
            dynamo.putItem(b -> b.tableName("Accounts").item(opening));
        }

        runTogether(client -> () -> {
            for (int i = 0; i < INCREMENTS_PER_CLIENT; i++) {
                String from = "acct-" + (client + i) % 4;
                String to = "acct-" + (client + i + 1) % 4;
                untilNoConflict(() -> dynamo.transactWriteItems(b -> b.transactItems(
                        t -> t.update(u -> u.tableName("Accounts").key(Map.of("pk", AttributeValue.fromS(from)))
                                .updateExpression("ADD balance :minus")
                                .expressionAttributeValues(Map.of(":minus", AttributeValue.fromN("-1")))),
                        t -> t.update(u -> u.tableName("Accounts").key(Map.of("pk", AttributeValue.fromS(to)))
                                .updateExpression("ADD balance :plus")
                                .expressionAttributeValues(Map.of(":plus", AttributeValue.fromN("1")))))));
                untilNoConflict(() -> dynamo.updateItem(b -> b.tableName("Accounts")
                        .key(Map.of("pk", AttributeValue.fromS(from)))
                        .updateExpression("SET touched = :t")
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("client-" + client)))));
            }
            return null;
        });

        long total = dynamo.scan(b -> b.tableName("Accounts")).items().stream()
                .mapToLong(item -> Long.parseLong(item.get("balance").n())).sum();
        assertEquals(4000, total);
    }

    /** Retries a write another transaction's items got in the way of, as a client would. */
    private static void untilNoConflict(Runnable write) {
        while (true) {
            try {
                write.run();
                return;
            } catch (TransactionCanceledException | TransactionConflictException conflict) {
                // another transaction held an item: try again
            }
        }
    }

    private static void runTogether(ClientWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                Callable<Void> body = work.of(client);
                clients.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            start.countDown();
            for (Future<Void> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, AttributeValue> item(String pk, String group) {
        return Map.of("pk", AttributeValue.fromS(pk), "group", AttributeValue.fromS(group),
                "payload", AttributeValue.fromS("x".repeat(100)));
    }

    private static Map<String, AttributeValue> balance(String pk, long amount) {
        return Map.of("pk", AttributeValue.fromS(pk), "group", AttributeValue.fromS("accounts"),
                "balance", AttributeValue.fromN(String.valueOf(amount)));
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private interface ClientWork {
        Callable<Void> of(int client);
    }
}
