package dev.stratus.sns.subscription;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sns.SnsErrors;
import dev.stratus.sns.filter.FilterPolicy;
import dev.stratus.sns.store.SnsJournal;
import dev.stratus.sns.store.StoredSubscription;
import dev.stratus.sns.topic.Topic;
import dev.stratus.sns.topic.TopicArn;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every subscription of the server, by ARN ({@code <topic ARN>:<uuid>}). Endpoints that AWS asks to confirm
 * (HTTP/S and email) stay pending until ConfirmSubscription; the others are confirmed at once.
 */
@Singleton
public final class Subscriptions {

    private static final Set<String> PROTOCOLS = Set.of("http", "https", "email", "email-json", "sms", "sqs",
            "application", "lambda", "firehose");
    private static final Set<String> CONFIRMED_BY_ENDPOINT = Set.of("http", "https", "email", "email-json");

    private final ConcurrentMap<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;
    private final SnsJournal journal;

    @Inject
    public Subscriptions(ObjectMapper mapper, SnsJournal journal) {
        this.mapper = mapper;
        this.journal = journal;
        for (StoredSubscription stored : journal.subscriptions()) {
            String policy = stored.attributes().get(SubscriptionAttributes.FILTER_POLICY);
            subscriptions.put(stored.arn(), new Subscription(stored,
                    policy == null ? null : FilterPolicy.parse(mapper, policy)));
        }
    }

    /** Subscribes the endpoint, or answers its existing subscription to the topic (Subscribe is idempotent). */
    public synchronized Subscription subscribe(Topic topic, String protocol, String endpoint,
                                               Map<String, String> attributes, String owner) {
        checkEndpoint(protocol, endpoint);
        Subscription.Settings settings = settings(Map.of(), attributes);
        Optional<Subscription> existing = subscriptions.values().stream()
                .filter(s -> s.topic().equals(topic.arn()) && s.protocol().equals(protocol)
                        && s.endpoint().equals(endpoint))
                .findFirst();
        if (existing.isPresent()) {
            if (!existing.get().attributes().equals(settings.attributes())) {
                throw SnsErrors.invalidParameter("Attributes Reason: Subscription already exists with different "
                        + "attributes");
            }
            return existing.get();
        }
        Subscription subscription = new Subscription(topic.arn() + ":" + UUID.randomUUID(), topic.arn(), protocol,
                endpoint, owner, UUID.randomUUID().toString().replace("-", ""), CONFIRMED_BY_ENDPOINT.contains(protocol),
                settings);
        subscriptions.put(subscription.arn(), subscription);
        journal.saveSubscription(subscription.stored());
        return subscription;
    }

    private static void checkEndpoint(String protocol, String endpoint) {
        if (!PROTOCOLS.contains(protocol)) {
            throw SnsErrors.invalidParameter("Amazon SNS does not support this protocol string: " + protocol);
        }
        if ("sqs".equals(protocol) && !endpoint.matches("arn:aws[a-z-]*:sqs:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_.-]+")) {
            throw SnsErrors.invalidParameter("SQS endpoint ARN");
        }
        if ("lambda".equals(protocol) && !endpoint.startsWith("arn:aws:lambda:")) {
            throw SnsErrors.invalidParameter("Lambda endpoint ARN");
        }
    }

    private Subscription.Settings settings(Map<String, String> current, Map<String, String> changes) {
        Map<String, String> attributes = current;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            SubscriptionAttributes.check(change.getKey(), change.getValue());
            attributes = Subscription.with(attributes, change.getKey(), change.getValue());
        }
        String policy = attributes.get(SubscriptionAttributes.FILTER_POLICY);
        if (policy != null && !attributes.containsKey(SubscriptionAttributes.FILTER_POLICY_SCOPE)) {
            attributes = Subscription.with(attributes, SubscriptionAttributes.FILTER_POLICY_SCOPE, "MessageAttributes");
        }
        return new Subscription.Settings(attributes, policy == null ? null : FilterPolicy.parse(mapper, policy));
    }

    public Subscription get(String arn) {
        Subscription subscription = arn == null ? null : subscriptions.get(arn);
        if (subscription == null) {
            throw SnsErrors.subscriptionNotFound();
        }
        return subscription;
    }

    public synchronized void setAttribute(Subscription subscription, String name, String value) {
        subscription.replace(settings(subscription.attributes(), Map.of(name, value)));
        journal.saveSubscription(subscription.stored());
    }

    /** Unsubscribing twice succeeds, as on AWS. */
    public void unsubscribe(String arn) {
        if (arn != null && subscriptions.remove(arn) != null) {
            journal.deleteSubscription(arn);
        }
    }

    /** Confirms the topic's pending subscription that was sent the token. */
    public synchronized Subscription confirm(TopicArn topic, String token) {
        Subscription subscription = subscriptions.values().stream()
                .filter(s -> s.topic().equals(topic) && s.token().equals(token))
                .findFirst()
                .orElseThrow(() -> SnsErrors.invalidParameter("Token"));
        subscription.confirm();
        journal.saveSubscription(subscription.stored());
        return subscription;
    }

    /** The topic's subscriptions in ARN order. */
    public List<Subscription> ofTopic(TopicArn topic) {
        return subscriptions.values().stream().filter(s -> s.topic().equals(topic))
                .sorted(Comparator.comparing(Subscription::arn)).toList();
    }

    /** The subscriptions to the account's topics in the region, in ARN order. */
    public List<Subscription> list(String accountId, String region) {
        return subscriptions.values().stream()
                .filter(s -> s.topic().accountId().equals(accountId) && s.topic().region().equals(region))
                .sorted(Comparator.comparing(Subscription::arn)).toList();
    }

    /** Forgets the topic's subscriptions and answers their ARNs, for the topic's deletion to remove from storage. */
    public synchronized List<String> deleteTopic(TopicArn topic) {
        List<String> removed = ofTopic(topic).stream().map(Subscription::arn).toList();
        removed.forEach(subscriptions::remove);
        return removed;
    }
}
