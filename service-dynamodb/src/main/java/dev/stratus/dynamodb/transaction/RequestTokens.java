package dev.stratus.dynamodb.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The ClientRequestTokens of successful write transactions, kept for ten minutes by the platform clock in
 * {@code dynamodb.transaction-tokens}: a retry with the same token and request gets the first answer again and
 * writes nothing; the same token with another request is refused.
 *
 * <p>Keys: {@code account 0 region 0 token}; values: {@code {"fingerprint", "at" (epoch millis), "output"}}.
 */
@Singleton
final class RequestTokens {

    static final Duration IDEMPOTENCY_WINDOW = Duration.ofMinutes(10);

    private final KeyValueStore store;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    RequestTokens(Storage storage, ObjectMapper mapper, Clock clock) {
        this.store = storage.namespace("dynamodb.transaction-tokens");
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * The output of the transaction that succeeded with this token within the window, if any.
     *
     * @throws dev.stratus.spi.AwsServiceException IdempotentParameterMismatchException when that transaction's
     *         request was a different one
     */
    Optional<ObjectNode> previousOutput(RequestContext context, ClientToken token) {
        Optional<JsonNode> record = store.get(key(context, token)).map(this::read)
                .filter(found -> clock.millis() - found.get("at").asLong() < IDEMPOTENCY_WINDOW.toMillis());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        if (!record.get().get("fingerprint").asText().equals(token.fingerprint())) {
            throw TransactionErrors.idempotentParameterMismatch();
        }
        return Optional.of(((ObjectNode) record.get().get("output")).deepCopy());
    }

    /** Records, in the transaction's own batch, that it succeeded with this token and answered {@code output}. */
    void remember(RequestContext context, ClientToken token, ObjectNode output, WriteBatch batch) {
        ObjectNode record = mapper.createObjectNode()
                .put("fingerprint", token.fingerprint())
                .put("at", clock.millis());
        record.set("output", output);
        try {
            batch.put(store, key(context, token), mapper.writeValueAsBytes(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] key(RequestContext context, ClientToken token) {
        return (context.accountId() + '\0' + context.region() + '\0' + token.token()).getBytes(StandardCharsets.UTF_8);
    }
}
