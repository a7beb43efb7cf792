package dev.stratus.sns.topic;

import dev.stratus.sns.SnsErrors;
import dev.stratus.sns.store.SnsJournal;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every topic of the server, by ARN (which names its account and region), kept in the {@link SnsJournal}. */
@Singleton
public final class Topics {

    private final ConcurrentMap<TopicArn, Topic> topics = new ConcurrentHashMap<>();
    private final SnsJournal journal;

    @Inject
    public Topics(SnsJournal journal) {
        this.journal = journal;
        journal.topics().forEach(stored -> topics.put(stored.arn(), new Topic(stored)));
    }

    /**
     * Creates the topic, or answers the existing one when it was created with the same attributes and tags, as
     * CreateTopic is idempotent.
     */
    public Topic create(TopicArn arn, Map<String, String> attributes, Map<String, String> tags) {
        boolean fifo = TopicAttributes.fifoRequested(attributes);
        TopicArn.checkName(arn.name(), fifo);
        attributes.forEach((name, value) -> TopicAttributes.check(name, value, fifo));
        Topic topic = topics.computeIfAbsent(arn, key -> {
            Topic created = new Topic(key, attributes, tags, 0);
            journal.saveTopic(created.stored());
            return created;
        });
        if (!topic.attributes().equals(Map.copyOf(attributes))) {
            throw SnsErrors.invalidParameter("Attributes Reason: Topic already exists with different attributes");
        }
        if (!tags.isEmpty() && !topic.tags().equals(Map.copyOf(tags))) {
            throw SnsErrors.invalidParameter("Tags Reason: Topic already exists with different tags");
        }
        return topic;
    }

    public Topic get(TopicArn arn) {
        Topic topic = topics.get(arn);
        if (topic == null) {
            throw SnsErrors.topicNotFound();
        }
        return topic;
    }

    public Optional<Topic> find(TopicArn arn) {
        return Optional.ofNullable(topics.get(arn));
    }

    /** Deleting a topic that does not exist succeeds, as on AWS; its subscriptions go with it. */
    public void delete(TopicArn arn, List<String> subscriptionArns) {
        topics.remove(arn);
        journal.deleteTopic(arn.toString(), subscriptionArns);
    }

    /** The account's topics in the region, in ARN order (the order pages are cut in). */
    public List<Topic> list(String accountId, String region) {
        return topics.values().stream()
                .filter(topic -> topic.arn().accountId().equals(accountId) && topic.arn().region().equals(region))
                .sorted(Comparator.comparing(topic -> topic.arn().toString()))
                .toList();
    }

    public void setAttribute(Topic topic, String name, String value) {
        TopicAttributes.check(name, value, topic.fifo());
        topic.setAttribute(name, value);
        journal.saveTopic(topic.stored());
    }

    public void tag(Topic topic, Map<String, String> tags) {
        topic.tag(tags);
        journal.saveTopic(topic.stored());
    }

    public void untag(Topic topic, List<String> keys) {
        topic.untag(keys);
        journal.saveTopic(topic.stored());
    }

    /** The next sequence number of the FIFO topic, kept so that numbers only grow across restarts. */
    public synchronized String nextSequenceNumber(Topic topic) {
        String next = topic.nextSequenceNumber();
        journal.saveTopic(topic.stored());
        return next;
    }
}
