package dev.stratus.sns.subscription;

import dev.stratus.sns.filter.FilterPolicy;
import dev.stratus.sns.store.StoredSubscription;
import dev.stratus.sns.topic.TopicArn;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A subscription of an endpoint to a topic. Its attributes are replaced as a whole, together with the filter policy
 * parsed from them, so a delivery always sees a consistent pair.
 */
public final class Subscription {

    private final String arn;
    private final TopicArn topic;
    private final String protocol;
    private final String endpoint;
    private final String owner;
    private final String token;
    private volatile boolean pending;
    private volatile Settings settings;

    /** The attributes set on the subscription and the filter policy among them, if any. */
    record Settings(Map<String, String> attributes, FilterPolicy filterPolicy) {
    }

    Subscription(String arn, TopicArn topic, String protocol, String endpoint, String owner, String token,
                 boolean pending, Settings settings) {
        this.arn = arn;
        this.topic = topic;
        this.protocol = protocol;
        this.endpoint = endpoint;
        this.owner = owner;
        this.token = token;
        this.pending = pending;
        this.settings = settings;
    }

    Subscription(StoredSubscription stored, FilterPolicy filterPolicy) {
        this(stored.arn(), stored.topic(), stored.protocol(), stored.endpoint(), stored.owner(), stored.token(),
                stored.pending(), new Settings(stored.attributes(), filterPolicy));
    }

    StoredSubscription stored() {
        return new StoredSubscription(arn, topic, protocol, endpoint, owner, token, pending, settings.attributes());
    }

    public String arn() {
        return arn;
    }

    public TopicArn topic() {
        return topic;
    }

    public String protocol() {
        return protocol;
    }

    public String endpoint() {
        return endpoint;
    }

    public String owner() {
        return owner;
    }

    public String token() {
        return token;
    }

    public boolean pending() {
        return pending;
    }

    void confirm() {
        pending = false;
    }

    public Map<String, String> attributes() {
        return settings.attributes();
    }

    public boolean rawMessageDelivery() {
        return "true".equalsIgnoreCase(settings.attributes().get(SubscriptionAttributes.RAW_MESSAGE_DELIVERY));
    }

    public FilterPolicy filterPolicy() {
        return settings.filterPolicy();
    }

    /** Whether the filter policy applies to the message body rather than to its attributes. */
    public boolean filtersBody() {
        return "MessageBody".equals(settings.attributes().get(SubscriptionAttributes.FILTER_POLICY_SCOPE));
    }

    Settings settings() {
        return settings;
    }

    synchronized void replace(Settings changed) {
        settings = changed;
    }

    static Map<String, String> with(Map<String, String> attributes, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(attributes);
        if (value.isEmpty()) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return Map.copyOf(changed);
    }
}
