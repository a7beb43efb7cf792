package dev.stratus.lambda.invoke.async;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** The Event invocations not yet done with, in {@link Storage} ({@code lambda.async-events}), so that a restart keeps them. */
@Singleton
class AsyncEventStore {

    private final Storage storage;
    private final ObjectMapper mapper;
    private final KeyValueStore events;

    @Inject
    AsyncEventStore(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.mapper = mapper;
        this.events = storage.namespace("lambda.async-events");
    }

    void put(AsyncEvent event) {
        try {
            storage.commit(new WriteBatch().put(events, key(event), mapper.writeValueAsBytes(event)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(AsyncEvent event) {
        storage.commit(new WriteBatch().delete(events, key(event)));
    }

    /** Every waiting event, oldest first. */
    List<AsyncEvent> all() {
        try (Stream<KeyValue> entries = events.scan(KeyRange.all())) {
            return entries.map(entry -> read(entry.value())).toList();
        }
    }

    private static byte[] key(AsyncEvent event) {
        return event.id().getBytes(StandardCharsets.UTF_8);
    }

    private AsyncEvent read(byte[] bytes) {
        try {
            return mapper.readValue(bytes, AsyncEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable Event invocation in storage", e);
        }
    }
}
