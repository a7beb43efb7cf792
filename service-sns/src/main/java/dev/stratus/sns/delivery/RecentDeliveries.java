package dev.stratus.sns.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sns.SnsErrors;
import dev.stratus.sns.SnsPlugin;
import dev.stratus.sns.subscription.Subscription;
import dev.stratus.sns.topic.TopicArn;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.ConsoleView;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last deliveries of each topic and how they went (what SNS's delivery status logs would tell), kept in memory
 * for the web console, which reads them as the view {@code deliveries} ({@code topic}: the topic's ARN) and hears
 * of each one as it is recorded. Bounded: so many deliveries a topic, so many topics (the least recently used
 * forgotten first).
 */
@Singleton
public final class RecentDeliveries implements ConsoleView {

    static final int PER_TOPIC = 50;
    private static final int TOPICS = 1000;

    private final ConsoleEvents console;
    private final Clock clock;
    private final ObjectMapper mapper;
    /** Guarded by {@code this}: per topic ARN, its deliveries, newest last. */
    private final Map<String, Deque<Delivery>> topics = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Delivery>> eldest) {
            return size() > TOPICS;
        }
    };

    @Inject
    public RecentDeliveries(ConsoleEvents console, Clock clock, ObjectMapper mapper) {
        this.console = console;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Records how the message's delivery to the subscription went, e.g. {@code delivered}. */
    void record(Subscription subscription, String messageId, String outcome) {
        TopicArn topic = subscription.topic();
        Delivery delivery = new Delivery(clock.instant(), messageId, subscription.arn(), subscription.protocol(),
                subscription.endpoint(), outcome);
        synchronized (this) {
            Deque<Delivery> deliveries = topics.computeIfAbsent(topic.toString(), arn -> new ArrayDeque<>());
            deliveries.addLast(delivery);
            if (deliveries.size() > PER_TOPIC) {
                deliveries.removeFirst();
            }
        }
        console.publish(new ConsoleEvents.Notice(SnsPlugin.NAME, topic.accountId(), topic.region(), "topic",
                topic.name()));
    }

    @Override
    public String service() {
        return SnsPlugin.NAME;
    }

    @Override
    public String name() {
        return "deliveries";
    }

    @Override
    public JsonNode read(RequestContext context, Map<String, String> parameters) {
        String arn = parameters.getOrDefault("topic", "");
        TopicArn topic = TopicArn.parse(arn);
        if (!topic.accountId().equals(context.accountId()) || !topic.region().equals(context.region())) {
            throw SnsErrors.topicNotFound();
        }
        ObjectNode body = mapper.createObjectNode();
        ArrayNode list = body.putArray("deliveries");
        for (Delivery delivery : newestFirst(arn)) {
            list.addObject().put("time", delivery.time().toString()).put("messageId", delivery.messageId())
                    .put("subscriptionArn", delivery.subscriptionArn()).put("protocol", delivery.protocol())
                    .put("endpoint", delivery.endpoint()).put("outcome", delivery.outcome());
        }
        return body;
    }

    private synchronized List<Delivery> newestFirst(String topicArn) {
        List<Delivery> newestFirst = new ArrayList<>();
        Deque<Delivery> deliveries = topics.get(topicArn);
        if (deliveries != null) {
            deliveries.descendingIterator().forEachRemaining(newestFirst::add);
        }
        return newestFirst;
    }

    private record Delivery(Instant time, String messageId, String subscriptionArn, String protocol, String endpoint,
                            String outcome) {
    }
}
