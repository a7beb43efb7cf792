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
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@ExtendWith(StratusExtension.class)
class ConditionalWriteRaceTest {

    private static final int ROUNDS = 20;

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("Race")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    @Test
    void twoClientsRacingOnOneConditionHaveExactlyOneWinner(DynamoDbClient dynamo) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = "slot-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (String owner : List.of("left", "right")) {
                    attempts.add(clients.submit(claim(dynamo, id, owner, start)));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> attempt : attempts) {
                    winners += attempt.get() ? 1 : 0;
                }

                assertEquals(1, winners, "winners of " + id);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static Callable<Boolean> claim(DynamoDbClient dynamo, String id, String owner, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                dynamo.putItem(b -> b.tableName("Race")
                        .item(Map.of("id", AttributeValue.fromS(id), "owner", AttributeValue.fromS(owner)))
                        .conditionExpression("attribute_not_exists(id)"));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        };
    }
}
