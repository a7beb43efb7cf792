package dev.stratus.dynamodb.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ClientRequestTokens of successful write transactions, kept for ten minutes by the platform clock in
 * {@code dynamodb.transaction-tokens}: a retry with the same token and request gets the first answer again and
 * writes nothing; the same token with another request is refused. The SDKs send a token with every transaction,
 * so each new record also forgets a few expired ones.
 *
 * <p>Keys: {@code 't' account 0 region 0 token} holds {@code {"fingerprint", "at" (epoch millis), "output"}};
 * {@code 'e' at (8 bytes) account 0 region 0 token} orders the records by age for forgetting them.
 */
@Singleton
final class RequestTokens {

    static final Duration IDEMPOTENCY_WINDOW = Duration.ofMinutes(10);
    private static final int FORGOTTEN_PER_RECORD = 16;
    private static final byte RECORD = 't';
    private static final byte EXPIRY = 'e';

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
        Optional<JsonNode> record = record(tokenId(context, token))
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
        byte[] tokenId = tokenId(context, token);
        long now = clock.millis();
        forgetExpired(now, tokenId, batch);
        record(tokenId).ifPresent(old -> batch.delete(store, expiryKey(old.get("at").asLong(), tokenId)));
        ObjectNode record = mapper.createObjectNode().put("fingerprint", token.fingerprint()).put("at", now);
        record.set("output", output);
        try {
            batch.put(store, ByteKeys.concat(new byte[] {RECORD}, tokenId), mapper.writeValueAsBytes(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.put(store, expiryKey(now, tokenId), new byte[0]);
    }

    /** Deletes a few of the oldest records past the window, except the token being recorded again. */
    private void forgetExpired(long now, byte[] keep, WriteBatch batch) {
        byte[] start = {EXPIRY};
        byte[] end = expiryKey(now - IDEMPOTENCY_WINDOW.toMillis(), new byte[0]);
        try (Stream<KeyValue> expired = store.scan(new KeyRange(start, end, false))) {
            expired.limit(FORGOTTEN_PER_RECORD).forEach(entry -> {
                byte[] tokenId = Arrays.copyOfRange(entry.key(), 1 + Long.BYTES, entry.key().length);
                batch.delete(store, entry.key());
                if (!Arrays.equals(tokenId, keep)) {
                    batch.delete(store, ByteKeys.concat(new byte[] {RECORD}, tokenId));
                }
            });
        }
    }

    private Optional<JsonNode> record(byte[] tokenId) {
        return store.get(ByteKeys.concat(new byte[] {RECORD}, tokenId)).map(this::read);
    }

    private JsonNode read(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] expiryKey(long at, byte[] tokenId) {
        return ByteKeys.concat(new byte[] {EXPIRY}, ByteBuffer.allocate(Long.BYTES).putLong(at).array(), tokenId);
    }

    private static byte[] tokenId(RequestContext context, ClientToken token) {
        return (context.accountId() + '\0' + context.region() + '\0' + token.token()).getBytes(StandardCharsets.UTF_8);
    }
}
