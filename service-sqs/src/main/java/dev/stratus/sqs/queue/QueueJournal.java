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
import java.util.stream.Stream;

/**
 * Writes queues and their messages through the platform's {@link Storage} as they change, so they survive a
 * restart with {@code --data-dir}: one entry per queue, one per message (keyed by queue, then arrival order).
 */
public final class QueueJournal {

    private final Storage storage;
    private final KeyValueStore queues;
    private final KeyValueStore messages;
    private final StoredJson json;

    public QueueJournal(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.queues = storage.namespace("sqs.queues");
        this.messages = storage.namespace("sqs.messages");
        this.json = new StoredJson(mapper);
    }

    void saveQueue(QueueState state) {
        queues.put(utf8(state.id().storageKey()), json.write(state));
    }

    void saveMessage(QueueId queue, SqsMessage message) {
        messages.put(messageKey(queue, message.sequence()), json.write(message));
    }

    void deleteMessage(QueueId queue, long sequence) {
        messages.delete(messageKey(queue, sequence));
    }

    void deleteMessages(QueueId queue) {
        WriteBatch batch = new WriteBatch();
        try (Stream<KeyValue> entries = messages.scan(KeyRange.prefix(messagePrefix(queue)))) {
            entries.forEach(entry -> batch.delete(messages, entry.key()));
        }
        if (!batch.isEmpty()) {
            storage.commit(batch);
        }
    }

    void deleteQueue(QueueId queue) {
        deleteMessages(queue);
        queues.delete(utf8(queue.storageKey()));
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

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
