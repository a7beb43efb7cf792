package dev.stratus.sns.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.StoredJson;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes topics and subscriptions through the platform's {@link Storage} as they change, so they survive a restart
 * with {@code --data-dir}: one entry per topic, keyed by its ARN, and one per subscription, keyed by its ARN.
 */
@Singleton
public final class SnsJournal {

    private final Storage storage;
    private final KeyValueStore topics;
    private final KeyValueStore subscriptions;
    private final StoredJson json;

    @Inject
    public SnsJournal(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.topics = storage.namespace("sns.topics");
        this.subscriptions = storage.namespace("sns.subscriptions");
        this.json = new StoredJson(mapper);
    }

    public void saveTopic(StoredTopic topic) {
        topics.put(utf8(topic.arn().toString()), json.write(topic));
    }

    /** Deletes the topic and its subscriptions together. */
    public void deleteTopic(String topicArn, List<String> subscriptionArns) {
        WriteBatch batch = new WriteBatch().delete(topics, utf8(topicArn));
        subscriptionArns.forEach(arn -> batch.delete(subscriptions, utf8(arn)));
        storage.commit(batch);
    }

    public void saveSubscription(StoredSubscription subscription) {
        subscriptions.put(utf8(subscription.arn()), json.write(subscription));
    }

    public void deleteSubscription(String arn) {
        subscriptions.delete(utf8(arn));
    }

    public List<StoredTopic> topics() {
        return all(topics, StoredTopic.class);
    }

    public List<StoredSubscription> subscriptions() {
        return all(subscriptions, StoredSubscription.class);
    }

    private <T> List<T> all(KeyValueStore store, Class<T> type) {
        List<T> all = new ArrayList<>();
        try (Stream<KeyValue> entries = store.scan(KeyRange.all())) {
            entries.forEach(entry -> all.add(json.read(entry.value(), type)));
        }
        return all;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
