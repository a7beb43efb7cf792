package dev.stratus.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.WriteBatch;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Point reads racing commits: each batch keeps an invariant across its keys that a read seeing half of it
 * would break. Bounded by the writers' batch counts; nothing here waits for time to pass.
 */
class InMemoryStorageConcurrencyTest {

    private static final int KEYS = 8;
    private static final int WIDE_KEYS = 64;
    private static final long PENDING = -1;

    private final InMemoryStorage storage = new InMemoryStorage();
    private final KeyValueStore first = storage.namespace("test.first");
    private final KeyValueStore second = storage.namespace("test.second");
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void readsThatOverlapCommitsSeeEachBatchWholeOrNotAtAll() throws Exception {
        storage.commit(batch(0));
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<?> writer = threads.submit(() -> {
            try {
                for (long n = 1; n <= 20_000; n++) {
                    storage.commit(batch(n));
                }
            } finally {
                writing.set(false);
            }
        });
        List<Future<String>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            readers.add(threads.submit(() -> firstViolationWhile(writing)));
        }

        writer.get();
        for (Future<String> reader : readers) {
            assertNull(reader.get());
        }
    }

    @Test
    void concurrentCommitsApplyOneAfterTheOther() throws Exception {
        int rounds = 1_000;
        CyclicBarrier start = new CyclicBarrier(3);
        CyclicBarrier end = new CyclicBarrier(3);
        List<Future<?>> writers = new ArrayList<>();
        for (long writerValue : new long[] {1, 2}) {
            writers.add(threads.submit(() -> {
                for (int round = 0; round < rounds; round++) {
                    start.await();
                    storage.commit(allKeys(writerValue, writerValue == 2));
                    end.await();
                }
                return null;
            }));
        }

        for (int round = 0; round < rounds; round++) {
            start.await();
            end.await();
            assertEquals(1, valuesOfAllKeys().size(), "keys written by both batches of round " + round);
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
    }

    /**
     * Batch {@code n} marks {@code marker} pending, sets every key of both namespaces to {@code n} in key order,
     * then sets {@code marker} to {@code n}: a whole batch never shows the mark, and a read of a key that sees
     * batch {@code n} is followed by reads of later keys that see at least {@code n}.
     */
    private WriteBatch batch(long n) {
        WriteBatch batch = new WriteBatch().put(first, key("marker"), value(PENDING));
        for (int k = 0; k < KEYS; k++) {
            batch.put(first, key("k" + k), value(n)).put(second, key("k" + k), value(n));
        }
        return batch.put(second, key("marker"), value(n)).put(first, key("marker"), value(n));
    }

    private String firstViolationWhile(AtomicBoolean writing) {
        do {
            long previous = Long.MIN_VALUE;
            for (int k = 0; k < KEYS; k++) {
                for (KeyValueStore store : List.of(first, second)) {
                    long seen = read(store, "k" + k);
                    if (seen < previous) {
                        return store.name() + " k" + k + " holds " + seen + " after an earlier key held " + previous;
                    }
                    previous = seen;
                }
            }
            if (read(first, "marker") == PENDING) {
                return "a read saw a value that its own batch overwrote";
            }
        } while (writing.get());
        return null;
    }

    private WriteBatch allKeys(long value, boolean descending) {
        WriteBatch batch = new WriteBatch();
        for (int i = 0; i < WIDE_KEYS; i++) {
            int k = descending ? WIDE_KEYS - 1 - i : i;
            batch.put(first, key("k" + k), value(value)).put(second, key("k" + k), value(value));
        }
        return batch;
    }

    private Set<Long> valuesOfAllKeys() {
        Set<Long> values = new HashSet<>();
        for (int k = 0; k < WIDE_KEYS; k++) {
            values.add(read(first, "k" + k));
            values.add(read(second, "k" + k));
        }
        return values;
    }

    private static long read(KeyValueStore store, String key) {
        return ByteBuffer.wrap(store.get(key(key)).orElseThrow()).getLong();
    }

    private static byte[] key(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] value(long n) {
        return ByteBuffer.allocate(Long.BYTES).putLong(n).array();
    }
}
