package dev.stratus.dynamodb.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@ExtendWith(StratusExtension.class)
class TransactWriteItemsTest {

    @BeforeAll
    static void createTables(DynamoDbClient dynamo) {
        for (String table : List.of("Accounts", "Ledger")) {
            dynamo.createTable(b -> b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        }
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    static Map<String, AttributeValue> key(String id) {
        return Map.of("id", s(id));
    }

    private static Map<String, AttributeValue> get(DynamoDbClient dynamo, String table, String id) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(id))).item();
        return item.isEmpty() ? null : item;
    }

    private static TransactWriteItem debit(String id, String amount) {
        return TransactWriteItem.builder().update(u -> u.tableName("Accounts").key(key(id))
                .updateExpression("SET balance = balance - :amount")
                .conditionExpression("balance >= :amount")
                .expressionAttributeValues(Map.of(":amount", n(amount)))).build();
    }

    @Test
    void putUpdateDeleteAndConditionCheckAllTakeEffect(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("alice"), "balance", n("100"))));
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("closed"), "balance", n("0"))));
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("bank"), "open", AttributeValue.fromBool(true))));

        dynamo.transactWriteItems(b -> b.transactItems(
                debit("alice", "30"),
                TransactWriteItem.builder().put(p -> p.tableName("Ledger")
                        .item(Map.of("id", s("tx-1"), "amount", n("30")))
                        .conditionExpression("attribute_not_exists(id)")).build(),
                TransactWriteItem.builder().delete(d -> d.tableName("Accounts").key(key("closed"))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName("Accounts").key(key("bank"))
                        .conditionExpression("#open = :yes")
                        .expressionAttributeNames(Map.of("#open", "open"))
                        .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true)))).build()));

        assertEquals("70", get(dynamo, "Accounts", "alice").get("balance").n());
        assertEquals("30", get(dynamo, "Ledger", "tx-1").get("amount").n());
        assertNull(get(dynamo, "Accounts", "closed"));
    }

    @Test
    void failedConditionCancelsEveryActionWithAReasonPerActionInOrder(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("bob"), "balance", n("10"))));
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("carol"), "balance", n("5"))));

        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> dynamo.transactWriteItems(b -> b.transactItems(debit("bob", "1"),
                        TransactWriteItem.builder().update(u -> u.tableName("Accounts").key(key("carol"))
                                .updateExpression("SET balance = balance - :amount")
                                .conditionExpression("balance >= :amount")
                                .expressionAttributeValues(Map.of(":amount", n("50")))
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                                .build())));

        assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons "
                + "[None, ConditionalCheckFailed]", cancelled.awsErrorDetails().errorMessage());
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        assertEquals(List.of("None", "ConditionalCheckFailed"), reasons.stream().map(CancellationReason::code).toList());
        assertEquals("The conditional request failed", reasons.get(1).message());
        assertEquals(Map.of("id", s("carol"), "balance", n("5")), reasons.get(1).item());
        assertEquals("10", get(dynamo, "Accounts", "bob").get("balance").n());
    }

    @Test
    void anUpdateThatCannotApplyCancelsWithAValidationError(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("gina"), "balance", s("lots"))));

        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> dynamo.transactWriteItems(b -> b.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName("Ledger").item(key("gina-1"))).build(),
                        TransactWriteItem.builder().update(u -> u.tableName("Accounts").key(key("gina"))
                                .updateExpression("SET balance = balance + :one")
                                .expressionAttributeValues(Map.of(":one", n("1")))).build())));

        assertEquals(List.of("None", "ValidationError"),
                cancelled.cancellationReasons().stream().map(CancellationReason::code).toList());
        assertNull(get(dynamo, "Ledger", "gina-1"));
    }

    @Test
    void sameTokenAndSameRequestAnswersAgainWithoutWritingTwice(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("dave"), "balance", n("100"))));
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
                .clientRequestToken("pay-dave-once").transactItems(debit("dave", "40")).build();

        dynamo.transactWriteItems(request);
        dynamo.transactWriteItems(request);

        assertEquals("60", get(dynamo, "Accounts", "dave").get("balance").n());
    }

    @Test
    void sameTokenWithAnotherRequestIsAnIdempotentParameterMismatch(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("erin"), "balance", n("100"))));
        dynamo.transactWriteItems(b -> b.clientRequestToken("pay-erin").transactItems(debit("erin", "10")));

        assertThrows(IdempotentParameterMismatchException.class,
                () -> dynamo.transactWriteItems(b -> b.clientRequestToken("pay-erin").transactItems(debit("erin", "20"))));
        assertEquals("90", get(dynamo, "Accounts", "erin").get("balance").n());
    }

    @Test
    void oneItemTwiceInOneTransactionIsRefused(DynamoDbClient dynamo) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.transactWriteItems(b -> b.transactItems(debit("frank", "1"), debit("frank", "2"))));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals("Transaction request cannot include multiple operations on one item",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void moreThanOneHundredActionsAreRefused(DynamoDbClient dynamo) {
        List<TransactWriteItem> actions = IntStream.range(0, 101).mapToObj(i -> TransactWriteItem.builder()
                .put(p -> p.tableName("Ledger").item(key("many-" + i))).build()).toList();

        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.transactWriteItems(b -> b.transactItems(actions)));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertTrue(error.awsErrorDetails().errorMessage().contains("Member must have length less than or equal to 100"));
        assertNull(get(dynamo, "Ledger", "many-0"));
    }

    @Test
    void itemsOfMoreThanFourMegabytesInOneTransactionAreRefused(DynamoDbClient dynamo) {
        AttributeValue payload = s("x".repeat(390 * 1024));
        List<TransactWriteItem> actions = IntStream.range(0, 11).mapToObj(i -> TransactWriteItem.builder()
                .put(p -> p.tableName("Ledger").item(Map.of("id", s("big-" + i), "payload", payload))).build()).toList();

        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> dynamo.transactWriteItems(b -> b.transactItems(actions)));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertNull(get(dynamo, "Ledger", "big-0"));
    }

    @Test
    void consumedCapacityCountsEveryWriteTwice(DynamoDbClient dynamo) {
        List<ConsumedCapacity> consumed = dynamo.transactWriteItems(b -> b
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .transactItems(TransactWriteItem.builder().put(p -> p.tableName("Ledger").item(key("cap-1"))).build(),
                        TransactWriteItem.builder().put(p -> p.tableName("Ledger").item(key("cap-2"))).build()))
                .consumedCapacity();

        assertEquals(1, consumed.size());
        assertEquals("Ledger", consumed.get(0).tableName());
        assertEquals(4.0, consumed.get(0).capacityUnits());
    }

    @Test
    void concurrentTransactionsOnOneItemHaveExactlyOneWinner(DynamoDbClient dynamo) throws Exception {
        dynamo.putItem(b -> b.tableName("Accounts").item(Map.of("id", s("prize"))));
        int contenders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(contenders);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                String contender = "c" + i;
                Callable<String> claim = () -> {
                    start.await();
                    try {
                        dynamo.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder().update(u -> u
                                .tableName("Accounts").key(key("prize"))
                                .updateExpression("SET winner = :me")
                                .conditionExpression("attribute_not_exists(winner)")
                                .expressionAttributeValues(Map.of(":me", s(contender)))).build()));
                        return "won";
                    } catch (TransactionCanceledException e) {
                        return e.cancellationReasons().get(0).code();
                    }
                };
                outcomes.add(threads.submit(claim));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
            assertTrue(results.stream().filter(result -> !result.equals("won"))
                    .allMatch(code -> code.equals("ConditionalCheckFailed") || code.equals("TransactionConflict")),
                    results.toString());
            assertFalse(get(dynamo, "Accounts", "prize").get("winner").s().isEmpty());
        } finally {
            threads.shutdownNow();
        }
    }
}
