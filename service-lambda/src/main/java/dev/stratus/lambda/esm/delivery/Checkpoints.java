package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The mappings' checkpoints, one per (mapping, shard), in the {@code lambda.esm.checkpoints} namespace. */
public final class Checkpoints {

    static final String NAMESPACE = "lambda.esm.checkpoints";

    private final Storage storage;
    private final KeyValueStore store;
    private final ObjectMapper mapper;

    public Checkpoints(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.store = storage.namespace(NAMESPACE);
        this.mapper = mapper;
    }

    public Optional<Checkpoint> get(String mappingUuid, String shardId) {
        return store.get(key(mappingUuid, shardId)).map(this::decode);
    }

    public void save(String mappingUuid, String shardId, Checkpoint checkpoint) {
        try {
            store.put(key(mappingUuid, shardId), mapper.writeValueAsBytes(checkpoint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every checkpoint of the mapping (it was deleted). */
    public void deleteAll(String mappingUuid) {
        WriteBatch batch = new WriteBatch();
        try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(prefix(mappingUuid)))) {
            List<KeyValue> all = entries.toList();
            all.forEach(entry -> batch.delete(store, entry.key()));
        }
        if (!batch.isEmpty()) {
            storage.commit(batch);
        }
    }

    private Checkpoint decode(byte[] value) {
        try {
            return mapper.readValue(value, Checkpoint.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] prefix(String mappingUuid) {
        return (mappingUuid + "/").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] key(String mappingUuid, String shardId) {
        return (mappingUuid + "/" + shardId).getBytes(StandardCharsets.UTF_8);
    }
}
