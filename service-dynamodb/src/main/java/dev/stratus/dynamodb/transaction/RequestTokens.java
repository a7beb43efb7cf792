package dev.stratus.dynamodb.transaction;

import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
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
 * <p>Keys: {@code 't' account 0 region 0 token} holds a {@link TokenRecord} (fingerprint, time, result);
 * {@code 'e' at (8 bytes) account 0 region 0 token} orders the records by age for forgetting them.
 */
@Singleton
final class RequestTokens {

    static final Duration IDEMPOTENCY_WINDOW = Duration.ofMinutes(10);
    private static final int FORGOTTEN_PER_RECORD = 16;
    private static final byte RECORD = 't';
    private static final byte EXPIRY = 'e';

    private final KeyValueStore store;
    private final Clock clock;

    @Inject
    RequestTokens(Storage storage, Clock clock) {
        this.store = storage.namespace("dynamodb.transaction-tokens");
        this.clock = clock;
    }

    /**
     * The result of the transaction that succeeded with this token within the window, if any.
     *
     * @throws dev.stratus.spi.AwsServiceException IdempotentParameterMismatchException when that transaction's
     *         request was a different one
     */
    Optional<TransactWriteItemsResult> previousResult(RequestContext context, ClientToken token) {
        Optional<TokenRecord> record = record(tokenId(context, token))
                .filter(found -> clock.millis() - found.at() < IDEMPOTENCY_WINDOW.toMillis());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        if (!record.get().fingerprint().equals(token.fingerprint())) {
            throw TransactionErrors.idempotentParameterMismatch();
        }
        return Optional.of(record.get().result());
    }

    /** Records, in the transaction's own batch, that it succeeded with this token and answered {@code result}. */
    void remember(RequestContext context, ClientToken token, TransactWriteItemsResult result, WriteBatch batch) {
        byte[] tokenId = tokenId(context, token);
        long now = clock.millis();
        forgetExpired(now, tokenId, batch);
        store.get(recordKey(tokenId)).ifPresent(old -> batch.delete(store, expiryKey(storedAt(old), tokenId)));
        batch.put(store, recordKey(tokenId), new TokenRecord(token.fingerprint(), now, result).bytes());
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
                    batch.delete(store, recordKey(tokenId));
                }
            });
        }
    }

    private Optional<TokenRecord> record(byte[] tokenId) {
        return store.get(recordKey(tokenId)).flatMap(TokenRecord::parse);
    }

    /** When a stored record was made; a record of an earlier format has no expiry entry to delete, so any time does. */
    private static long storedAt(byte[] record) {
        return TokenRecord.parse(record).map(TokenRecord::at).orElse(0L);
    }

    private static byte[] recordKey(byte[] tokenId) {
        return ByteKeys.concat(new byte[] {RECORD}, tokenId);
    }

    private static byte[] expiryKey(long at, byte[] tokenId) {
        return ByteKeys.concat(new byte[] {EXPIRY}, ByteBuffer.allocate(Long.BYTES).putLong(at).array(), tokenId);
    }

    private static byte[] tokenId(RequestContext context, ClientToken token) {
        return (context.accountId() + '\0' + context.region() + '\0' + token.token()).getBytes(StandardCharsets.UTF_8);
    }
}
