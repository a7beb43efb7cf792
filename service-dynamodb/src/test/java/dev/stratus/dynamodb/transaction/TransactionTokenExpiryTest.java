package dev.stratus.dynamodb.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class TransactionTokenExpiryTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().withTestClock().build();

    @Test
    void aTokenIsForgottenTenMinutesAfterItsTransaction() {
        DynamoDbClient dynamo = stratus.client(DynamoDbClient.class);
        dynamo.createTable(b -> b.tableName("Counters").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        TransactWriteItemsRequest increment = TransactWriteItemsRequest.builder().clientRequestToken("tick")
                .transactItems(TransactWriteItem.builder().update(u -> u.tableName("Counters")
                        .key(Map.of("id", AttributeValue.fromS("c")))
                        .updateExpression("ADD hits :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build())
                .build();

        dynamo.transactWriteItems(increment);
        stratus.clock().advance(Duration.ofMinutes(9));
        dynamo.transactWriteItems(increment);
        stratus.clock().advance(Duration.ofMinutes(2));
        dynamo.transactWriteItems(increment);

        assertEquals("2", dynamo.getItem(b -> b.tableName("Counters").key(Map.of("id", AttributeValue.fromS("c"))))
                .item().get("hits").n());
    }
}
