package dev.stratus.dynamodb.ttl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class TtlExpiryTest {

    /** The background sweep waits an hour, so only the test's own sweeps run. */
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder()
            .setting(TtlSweeper.SWEEP_INTERVAL, "1h").withTestClock().build();

    private static boolean exists(DynamoDbClient dynamo, String id) {
        return dynamo.getItem(b -> b.tableName("Sessions").key(Map.of("id", AttributeValue.fromS(id)))).hasItem();
    }

    private static void put(DynamoDbClient dynamo, String id, AttributeValue expiresAt) {
        dynamo.putItem(b -> b.tableName("Sessions").item(expiresAt == null ? Map.of("id", AttributeValue.fromS(id))
                : Map.of("id", AttributeValue.fromS(id), "expiresAt", expiresAt)));
    }

    @Test
    void anExpiredItemIsReadUntilTheSweepDeletesItAndOnlyNumbersInThePastExpire() {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        dynamo.createTable(b -> b.tableName("Sessions").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamo.updateTimeToLive(b -> b.tableName("Sessions")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        long now = stratus.clock().instant().getEpochSecond();
        put(dynamo, "soon", AttributeValue.fromN(Long.toString(now + 60)));
        put(dynamo, "later", AttributeValue.fromN(Long.toString(now + 3600)));
        put(dynamo, "text", AttributeValue.fromS(Long.toString(now)));
        put(dynamo, "forever", null);

        stratus.clock().advance(Duration.ofMinutes(2));

        assertTrue(exists(dynamo, "soon"), "expired but not yet swept");
        assertEquals(1, stratus.server().instance(TtlSweeper.class).sweepOnce());
        assertFalse(exists(dynamo, "soon"));
        assertTrue(exists(dynamo, "later"));
        assertTrue(exists(dynamo, "text"));
        assertTrue(exists(dynamo, "forever"));
    }
}
