package dev.stratus.dynamodb.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.storage.memory.InMemoryStorage;
import dev.stratus.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTokensTest {

    private static final RequestContext CONTEXT = new RequestContext("req-1", "123456789012", "us-east-1",
            "dynamodb", "TransactWriteItems", Instant.EPOCH, "123456789012");

    private final Storage storage = new InMemoryStorage();
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RequestTokens tokens = new RequestTokens(storage, clock);

    private void remember(ClientToken token, String answer) {
        remember(token, new TransactWriteItemsResult(
                List.of(new CapacityUsage(answer, true, 2.0, null, Map.of(), Map.of())), null));
    }

    private void remember(ClientToken token, TransactWriteItemsResult result) {
        WriteBatch batch = new WriteBatch();
        tokens.remember(CONTEXT, token, result, batch);
        storage.commit(batch);
    }

    private String answer(ClientToken token) {
        return tokens.previousResult(CONTEXT, token).orElseThrow().consumedCapacity().get(0).tableName();
    }

    private long storedEntries() {
        try (var entries = storage.namespace("dynamodb.transaction-tokens").scan(KeyRange.all())) {
            return entries.count();
        }
    }

    @Test
    void aRememberedTokenAnswersTheSameRequestAndRefusesAnotherWithinTenMinutes() {
        remember(new ClientToken("t", "request-1"), "first");
        clock.advance(Duration.ofMinutes(9));

        String again = answer(new ClientToken("t", "request-1"));
        AwsServiceException mismatch = assertThrows(AwsServiceException.class,
                () -> tokens.previousResult(CONTEXT, new ClientToken("t", "request-2")));

        assertEquals("first", again);
        assertEquals("IdempotentParameterMismatchException", mismatch.errorCode());
    }

    @Test
    void expiredTokensAreForgottenAsNewOnesAreRemembered() {
        remember(new ClientToken("old-1", "a"), "1");
        remember(new ClientToken("old-2", "b"), "2");
        clock.advance(Duration.ofMinutes(11));

        assertTrue(tokens.previousResult(CONTEXT, new ClientToken("old-1", "other")).isEmpty());
        remember(new ClientToken("new", "c"), "3");

        assertEquals(2, storedEntries());
    }

    @Test
    void aTokenUsedAgainAfterItExpiredIsRememberedAfresh() {
        remember(new ClientToken("t", "a"), "1");
        clock.advance(Duration.ofMinutes(11));

        remember(new ClientToken("t", "b"), "2");

        assertEquals("2", answer(new ClientToken("t", "b")));
        assertEquals(2, storedEntries());
    }

    @Test
    void aRetryGetsTheFirstResultBackWhole() {
        TransactWriteItemsResult first = new TransactWriteItemsResult(
                List.of(new CapacityUsage("Orders", true, 4.0, 2.0, Map.of("byCustomer", 2.0), Map.of())),
                Map.of("Orders", List.of(new ItemCollectionMetrics("pk", new AttributeValue.S("order-1")))));
        remember(new ClientToken("t", "request"), first);

        assertEquals(first, tokens.previousResult(CONTEXT, new ClientToken("t", "request")).orElseThrow());
    }
}
