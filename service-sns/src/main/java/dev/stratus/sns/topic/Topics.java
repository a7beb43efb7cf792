package dev.stratus.sns.topic;

import dev.stratus.sns.SnsErrors;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every topic of the server, by ARN (which names its account and region). */
@Singleton
public final class Topics {

    private final ConcurrentMap<TopicArn, Topic> topics = new ConcurrentHashMap<>();

    /**
     * Creates the topic, or answers the existing one when it was created with the same attributes and tags, as
     * CreateTopic is idempotent.
     */
    public Topic create(TopicArn arn, Map<String, String> attributes, Map<String, String> tags) {
        boolean fifo = TopicAttributes.fifoRequested(attributes);
        TopicArn.checkName(arn.name(), fifo);
        attributes.forEach((name, value) -> TopicAttributes.check(name, value, fifo));
        Topic topic = topics.computeIfAbsent(arn, key -> new Topic(key, attributes, tags));
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

    /** Deleting a topic that does not exist succeeds, as on AWS. */
    public boolean delete(TopicArn arn) {
        return topics.remove(arn) != null;
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
    }

    public void tag(Topic topic, Map<String, String> tags) {
        topic.tag(tags);
    }

    public void untag(Topic topic, List<String> keys) {
        topic.untag(keys);
    }
}
