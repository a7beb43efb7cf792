package dev.stratus.dynamodb.ttl;

import static org.junit.jupiter.api.Assertions.assertFalse;

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

class TtlBackgroundSweepTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().withTestClock().build();

    @Test
    void theSweepHasDeletedAnExpiredItemWhenTheClockMoveReturns() {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        dynamo.createTable(b -> b.tableName("Tokens").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamo.updateTimeToLive(b -> b.tableName("Tokens")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        long expiresAt = stratus.clock().instant().getEpochSecond() + 30;
        Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("t1"));
        dynamo.putItem(b -> b.tableName("Tokens").item(Map.of("id", AttributeValue.fromS("t1"),
                "expiresAt", AttributeValue.fromN(Long.toString(expiresAt)))));

        stratus.clock().advance(Duration.ofMinutes(1));

        assertFalse(dynamo.getItem(b -> b.tableName("Tokens").key(key)).hasItem());
    }
}
