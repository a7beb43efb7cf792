package dev.stratus.spi.storage;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * One namespace of a {@link Storage}: byte keys ordered as unsigned bytes, lexicographically
 * ({@link ByteKeys#compare}). Point reads see only whole committed batches; single writes are batches of one;
 * writes that must land together go through one {@link WriteBatch}. Safe to share between threads; the
 * arrays handed in must not be changed afterwards.
 */
public interface KeyValueStore {

    String name();

    Optional<byte[]> get(byte[] key);

    /**
     * The entries in the range, in key order (or reverse order). The stream is weakly consistent (it may
     * or may not see batches committed while it is open) and must be closed (use try-with-resources): disk
     * engines hold resources while it is open.
     */
    Stream<KeyValue> scan(KeyRange range);

    /** Writes one value atomically: a batch of one. */
    void put(byte[] key, byte[] value);

    /** Deletes one key atomically: a batch of one. */
    void delete(byte[] key);
}
