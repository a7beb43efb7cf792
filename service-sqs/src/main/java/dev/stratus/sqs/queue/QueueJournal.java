package dev.stratus.sqs.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sqs.message.SqsMessage;
import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.StoredJson;
import dev.stratus.spi.storage.WriteBatch;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes queues and their messages through the platform's {@link Storage} as they change, so they survive a
 * restart with {@code --data-dir}: one entry per queue, one per message (keyed by queue, then arrival order), one
 * per remembered FIFO deduplication key (keyed by queue, then key). Every write also tells the journal's listener
 * which queue changed, so the web console's pages learn of new, received and deleted messages as they happen.
 */
public final class QueueJournal {

    private final Storage storage;
    private final KeyValueStore queues;
    private final KeyValueStore messages;
    private final KeyValueStore deduplications;
    private final StoredJson json;
    private final Consumer<QueueId> changed;

    /** @param changed told of each queue a write changed (quickly, without throwing) */
    public QueueJournal(Storage storage, ObjectMapper mapper, Consumer<QueueId> changed) {
        this.storage = storage;
        this.queues = storage.namespace("sqs.queues");
        this.messages = storage.namespace("sqs.messages");
        this.deduplications = storage.namespace("sqs.deduplication");
        this.json = new StoredJson(mapper);
        this.changed = changed;
    }

    void saveQueue(QueueState state) {
        queues.put(utf8(state.id().storageKey()), json.write(state));
        changed.accept(state.id());
    }

    void saveMessage(QueueId queue, SqsMessage message) {
        messages.put(messageKey(queue, message.sequence()), json.write(message));
        changed.accept(queue);
    }

    void deleteMessage(QueueId queue, long sequence) {
        messages.delete(messageKey(queue, sequence));
        changed.accept(queue);
    }

    void deleteMessages(QueueId queue) {
        deleteAll(messages, queue);
        changed.accept(queue);
    }

    /** Tells the listener that messages of {@code queue} became receivable again, which no write records. */
    void visibleAgain(QueueId queue) {
        changed.accept(queue);
    }

    void saveDeduplication(QueueId queue, Deduplicated entry) {
        deduplications.put(deduplicationKey(queue, entry.key()), json.write(entry));
    }

    void deleteDeduplication(QueueId queue, String key) {
        deduplications.delete(deduplicationKey(queue, key));
    }

    void deleteQueue(QueueId queue) {
        deleteMessages(queue);
        deleteAll(deduplications, queue);
        queues.delete(utf8(queue.storageKey()));
        changed.accept(queue);
    }

    /** The remembered deduplication keys of a queue. */
    List<Deduplicated> deduplications(QueueId queue) {
        List<Deduplicated> all = new ArrayList<>();
        try (Stream<KeyValue> entries = deduplications.scan(KeyRange.prefix(messagePrefix(queue)))) {
            entries.forEach(entry -> all.add(json.read(entry.value(), Deduplicated.class)));
        }
        return all;
    }

    private void deleteAll(KeyValueStore store, QueueId queue) {
        WriteBatch batch = new WriteBatch();
        try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(messagePrefix(queue)))) {
            entries.forEach(entry -> batch.delete(store, entry.key()));
        }
        if (!batch.isEmpty()) {
            storage.commit(batch);
        }
    }

    /** Every stored queue. */
    List<QueueState> queues() {
        List<QueueState> all = new ArrayList<>();
        try (Stream<KeyValue> entries = queues.scan(KeyRange.all())) {
            entries.forEach(entry -> all.add(json.read(entry.value(), QueueState.class)));
        }
        return all;
    }

    /** The stored messages of a queue, in arrival order. */
    List<SqsMessage> messages(QueueId queue) {
        List<SqsMessage> all = new ArrayList<>();
        try (Stream<KeyValue> entries = messages.scan(KeyRange.prefix(messagePrefix(queue)))) {
            entries.forEach(entry -> all.add(json.read(entry.value(), SqsMessage.class)));
        }
        return all;
    }

    private static byte[] messagePrefix(QueueId queue) {
        return ByteKeys.concat(utf8(queue.storageKey()), new byte[] {0});
    }

    private static byte[] messageKey(QueueId queue, long sequence) {
        return ByteKeys.concat(messagePrefix(queue), ByteBuffer.allocate(8).putLong(sequence).array());
    }

    private static byte[] deduplicationKey(QueueId queue, String key) {
        return ByteKeys.concat(messagePrefix(queue), utf8(key));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
