package dev.stratus.streams.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How streams lie in {@link Storage}. Three namespaces:
 * <ul>
 *   <li>{@code dynamodbstreams.streams}: ARN → {@link StreamDescriptor} (JSON)</li>
 *   <li>{@code dynamodbstreams.shards}: ARN, a zero byte, shard index (4 bytes) → {@link Shard} (JSON)</li>
 *   <li>{@code dynamodbstreams.records}: a zero byte and the stream's records id (8 bytes), shard index (4 bytes),
 *       sequence counter (8 bytes) → the record
 *       in its compact form ({@link RecordFormat}, which also reads the earlier form: its creation time followed
 *       by its JSON)</li>
 * </ul>
 * Big-endian numbers keep a shard's records in sequence order and a stream's shards in chain order. The records
 * of a stream stored before streams had a records id are keyed by its ARN and a zero byte instead of the first
 * nine bytes (an ARN never starts with a zero byte), and stay where they are.
 */
@Singleton
public final class StreamStore {

    private static final byte SEPARATOR = 0;

    /** Our own state's JSON, independent of how the platform configures its mapper. */
    private final ObjectMapper mapper = new ObjectMapper();
    private final Storage storage;
    private final KeyValueStore streams;
    private final KeyValueStore shards;
    private final KeyValueStore records;
    private final AtomicLong recordBytes = new AtomicLong();

    @Inject
    public StreamStore(Storage storage) {
        this.storage = storage;
        this.streams = storage.namespace("dynamodbstreams.streams");
        this.shards = storage.namespace("dynamodbstreams.shards");
        this.records = storage.namespace("dynamodbstreams.records");
    }

    public void commit(WriteBatch batch) {
        storage.commit(batch);
    }

    void putStream(WriteBatch batch, StreamDescriptor descriptor) {
        batch.put(streams, streamKey(descriptor.streamArn()), json(descriptor));
    }

    void putShard(WriteBatch batch, String streamArn, Shard shard) {
        batch.put(shards, shardKey(streamArn, shard.index()), json(shard));
    }

    void deleteShard(WriteBatch batch, String streamArn, Shard shard) {
        batch.delete(shards, shardKey(streamArn, shard.index()));
    }

    void deleteStream(WriteBatch batch, String streamArn) {
        batch.delete(streams, streamKey(streamArn));
    }

    void putRecord(WriteBatch batch, StreamDescriptor stream, int shardIndex, long sequence, byte[] value) {
        byte[] key = recordKey(stream, shardIndex, sequence);
        batch.put(records, key, value);
        batch.afterCommit(() -> recordBytes.addAndGet(key.length + value.length));
    }

    void deleteRecord(WriteBatch batch, StreamDescriptor stream, int shardIndex, StoredRecord record) {
        byte[] key = recordKey(stream, shardIndex, record.sequence());
        batch.delete(records, key);
        batch.afterCommit(() -> recordBytes.addAndGet(-(key.length + record.value().length)));
    }

    /** How many bytes the records written since this store was opened, and not trimmed since, take. */
    public long recordBytes() {
        return recordBytes.get();
    }

    /** Every stored stream with its shards, in ARN order, for loading at start. */
    List<LoadedStream> loadAll() {
        try (Stream<KeyValue> entries = streams.scan(KeyRange.all())) {
            return entries.map(entry -> read(entry.value(), StreamDescriptor.class))
                    .map(descriptor -> new LoadedStream(descriptor, loadShards(descriptor.streamArn()),
                            lastRecordSequence(descriptor)))
                    .collect(Collectors.toList());
        }
    }

    private List<Shard> loadShards(String streamArn) {
        try (Stream<KeyValue> entries = shards.scan(KeyRange.prefix(streamPrefix(streamArn)))) {
            return entries.map(entry -> read(entry.value(), Shard.class)).collect(Collectors.toList());
        }
    }

    private long lastRecordSequence(StreamDescriptor stream) {
        try (Stream<KeyValue> entries = records.scan(KeyRange.prefix(recordPrefix(stream)).reversed())) {
            return entries.findFirst().map(entry -> sequenceOf(entry.key())).orElse(-1L);
        }
    }

    /**
     * Visits the shard's records with counters above {@code after}, in order, until {@code visitor} says stop.
     */
    public void scanRecords(StreamDescriptor stream, int shardIndex, long after, RecordVisitor visitor) {
        byte[] prefix = ByteKeys.concat(recordPrefix(stream), ByteBuffer.allocate(Integer.BYTES)
                .putInt(shardIndex).array());
        byte[] start = recordKey(stream, shardIndex, after + 1);
        try (Stream<KeyValue> entries = records.scan(new KeyRange(start, ByteKeys.prefixEnd(prefix), false))) {
            var iterator = entries.iterator();
            while (iterator.hasNext()) {
                KeyValue entry = iterator.next();
                if (!visitor.visit(new StoredRecord(sequenceOf(entry.key()), entry.value()))) {
                    return;
                }
            }
        }
    }

    /** Receives stored records one by one. */
    @FunctionalInterface
    public interface RecordVisitor {
        /** @return whether to go on */
        boolean visit(StoredRecord record);
    }

    /** A stream as found in storage; {@code lastRecord} is the highest stored sequence counter or -1. */
    record LoadedStream(StreamDescriptor descriptor, List<Shard> shards, long lastRecord) {
    }

    private static long sequenceOf(byte[] recordKey) {
        return ByteBuffer.wrap(recordKey, recordKey.length - Long.BYTES, Long.BYTES).getLong();
    }

    private static byte[] streamKey(String streamArn) {
        return streamArn.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] streamPrefix(String streamArn) {
        byte[] arn = streamKey(streamArn);
        byte[] prefix = new byte[arn.length + 1];
        System.arraycopy(arn, 0, prefix, 0, arn.length);
        prefix[arn.length] = SEPARATOR;
        return prefix;
    }

    private static byte[] shardKey(String streamArn, int index) {
        return ByteKeys.concat(streamPrefix(streamArn), ByteBuffer.allocate(Integer.BYTES).putInt(index).array());
    }

    /** What the keys of the stream's records start with. */
    private static byte[] recordPrefix(StreamDescriptor stream) {
        if (stream.recordsId() == null) {
            return streamPrefix(stream.streamArn());
        }
        return ByteBuffer.allocate(1 + Long.BYTES).put(SEPARATOR).putLong(stream.recordsId()).array();
    }

    private static byte[] recordKey(StreamDescriptor stream, int shardIndex, long sequence) {
        if (stream.recordsId() == null) {
            return ByteKeys.concat(streamPrefix(stream.streamArn()),
                    ByteBuffer.allocate(Integer.BYTES + Long.BYTES).putInt(shardIndex).putLong(sequence).array());
        }
        return ByteBuffer.allocate(1 + Long.BYTES + Integer.BYTES + Long.BYTES).put(SEPARATOR)
                .putLong(stream.recordsId()).putInt(shardIndex).putLong(sequence).array();
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(byte[] bytes, Class<T> type) {
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable stream state in storage", e);
        }
    }
}
