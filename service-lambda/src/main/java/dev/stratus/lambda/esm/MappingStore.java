package dev.stratus.lambda.esm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * The mappings ({@code lambda.esm.mappings}, by UUID) and the invocation records of the batches they gave up
 * ({@code lambda.esm.failures}, by UUID and order), through the platform's storage.
 */
final class MappingStore {

    private final Storage storage;
    private final KeyValueStore mappings;
    private final KeyValueStore failures;
    private final ObjectMapper mapper;

    MappingStore(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.mappings = storage.namespace("lambda.esm.mappings");
        this.failures = storage.namespace("lambda.esm.failures");
        this.mapper = mapper;
    }

    List<EventSourceMapping> all() {
        try (Stream<KeyValue> entries = mappings.scan(KeyRange.all())) {
            return entries.map(entry -> read(entry.value(), EventSourceMapping.class)).toList();
        }
    }

    Optional<EventSourceMapping> get(String uuid) {
        return mappings.get(utf8(uuid)).map(value -> read(value, EventSourceMapping.class));
    }

    void put(EventSourceMapping mapping) {
        mappings.put(utf8(mapping.uuid()), write(mapping));
    }

    /** Removes the mapping and the records of its given-up batches. */
    void delete(String uuid) {
        WriteBatch batch = new WriteBatch().delete(mappings, utf8(uuid));
        try (Stream<KeyValue> entries = failures.scan(KeyRange.prefix(utf8(uuid + "/")))) {
            entries.toList().forEach(entry -> batch.delete(failures, entry.key()));
        }
        storage.commit(batch);
    }

    void addFailure(String uuid, long order, ObjectNode invocationRecord) {
        failures.put(utf8(uuid + "/" + String.format("%019d", order)), write(invocationRecord));
    }

    List<ObjectNode> failures(String uuid) {
        try (Stream<KeyValue> entries = failures.scan(KeyRange.prefix(utf8(uuid + "/")))) {
            return entries.map(entry -> read(entry.value(), ObjectNode.class)).toList();
        }
    }

    long failureCount() {
        try (Stream<KeyValue> entries = failures.scan(KeyRange.all())) {
            return entries.count();
        }
    }

    private <T> T read(byte[] value, Class<T> type) {
        try {
            return mapper.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
