package dev.stratus.dynamodb.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.storage.memory.InMemoryStorage;
import dev.stratus.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestTokensTest {

    private static final RequestContext CONTEXT = new RequestContext("req-1", "123456789012", "us-east-1",
            "dynamodb", "TransactWriteItems", Instant.EPOCH, "123456789012");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Storage storage = new InMemoryStorage();
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RequestTokens tokens = new RequestTokens(storage, mapper, clock);

    private void remember(ClientToken token, String answer) {
        WriteBatch batch = new WriteBatch();
        tokens.remember(CONTEXT, token, mapper.createObjectNode().put("answer", answer), batch);
        storage.commit(batch);
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

        ObjectNode again = tokens.previousOutput(CONTEXT, new ClientToken("t", "request-1")).orElseThrow();
        AwsServiceException mismatch = assertThrows(AwsServiceException.class,
                () -> tokens.previousOutput(CONTEXT, new ClientToken("t", "request-2")));

        assertEquals("first", again.get("answer").asText());
        assertEquals("IdempotentParameterMismatchException", mismatch.errorCode());
    }

    @Test
    void expiredTokensAreForgottenAsNewOnesAreRemembered() {
        remember(new ClientToken("old-1", "a"), "1");
        remember(new ClientToken("old-2", "b"), "2");
        clock.advance(Duration.ofMinutes(11));

        assertTrue(tokens.previousOutput(CONTEXT, new ClientToken("old-1", "other")).isEmpty());
        remember(new ClientToken("new", "c"), "3");

        assertEquals(2, storedEntries());
    }

    @Test
    void aTokenUsedAgainAfterItExpiredIsRememberedAfresh() {
        remember(new ClientToken("t", "a"), "1");
        clock.advance(Duration.ofMinutes(11));

        remember(new ClientToken("t", "b"), "2");

        assertEquals("2", tokens.previousOutput(CONTEXT, new ClientToken("t", "b")).orElseThrow().get("answer").asText());
        assertEquals(2, storedEntries());
    }
}
