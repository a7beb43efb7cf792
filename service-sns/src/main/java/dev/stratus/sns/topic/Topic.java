package dev.stratus.sns.topic;

import dev.stratus.sns.store.StoredTopic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A topic: its ARN, the attributes set on it and its tags. Attributes and tags are replaced as whole maps, so a
 * reader always sees a consistent copy; the sequence numbers of a FIFO topic only grow.
 */
public final class Topic {

    private final TopicArn arn;
    private volatile Map<String, String> attributes;
    private volatile Map<String, String> tags;
    private final AtomicLong sequence;

    Topic(TopicArn arn, Map<String, String> attributes, Map<String, String> tags, long sequence) {
        this.arn = arn;
        this.attributes = Map.copyOf(attributes);
        this.tags = Map.copyOf(tags);
        this.sequence = new AtomicLong(sequence);
    }

    Topic(StoredTopic stored) {
        this(stored.arn(), stored.attributes(), stored.tags(), stored.sequence());
    }

    StoredTopic stored() {
        return new StoredTopic(arn, attributes, tags, sequence.get());
    }

    public TopicArn arn() {
        return arn;
    }

    public boolean fifo() {
        return arn.fifo();
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public String attribute(String name, String otherwise) {
        return attributes.getOrDefault(name, otherwise);
    }

    public boolean contentBasedDeduplication() {
        return "true".equalsIgnoreCase(attributes.get(TopicAttributes.CONTENT_BASED_DEDUPLICATION));
    }

    public Map<String, String> tags() {
        return tags;
    }

    synchronized void setAttribute(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(attributes);
        changed.put(name, value);
        attributes = Map.copyOf(changed);
    }

    synchronized void tag(Map<String, String> more) {
        Map<String, String> changed = new LinkedHashMap<>(tags);
        changed.putAll(more);
        tags = Map.copyOf(changed);
    }

    synchronized void untag(Iterable<String> keys) {
        Map<String, String> changed = new LinkedHashMap<>(tags);
        keys.forEach(changed::remove);
        tags = Map.copyOf(changed);
    }

    /** The next sequence number of a FIFO topic's message: 20 digits, as AWS shows it. */
    String nextSequenceNumber() {
        return String.format("%020d", sequence.incrementAndGet() + 10_000_000_000_000_000L);
    }
}
