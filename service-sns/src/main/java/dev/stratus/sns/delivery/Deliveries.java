package dev.stratus.sns.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sns.subscription.Subscription;
import dev.stratus.sns.subscription.Subscriptions;
import dev.stratus.spi.ServiceCalls;
import dev.stratus.spi.StratusEndpoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Hands a published message to each confirmed subscription of its topic whose filter policy it meets: raw or in
 * SNS's envelope. SQS queues receive it now; the other protocols are not delivered to yet.
 */
@Singleton
public final class Deliveries {

    private final Subscriptions subscriptions;
    private final ObjectMapper mapper;
    private final Envelope envelope;
    private final SqsDelivery sqs;

    @Inject
    public Deliveries(Subscriptions subscriptions, ServiceCalls services, StratusEndpoint endpoint, ObjectMapper mapper) {
        this.subscriptions = subscriptions;
        this.mapper = mapper;
        this.envelope = new Envelope(mapper, endpoint);
        this.sqs = new SqsDelivery(services, endpoint);
    }

    public void deliver(Notification notification) {
        for (Subscription subscription : subscriptions.ofTopic(notification.topic())) {
            if (subscription.pending() || !accepts(subscription, notification)) {
                continue;
            }
            if (SqsDelivery.SQS.equals(subscription.protocol())) {
                String body = subscription.rawMessageDelivery() ? notification.message(subscription.protocol())
                        : envelope.wrap(notification, subscription);
                sqs.send(subscription, notification, body);
            }
        }
    }

    private boolean accepts(Subscription subscription, Notification notification) {
        if (subscription.filterPolicy() == null) {
            return true;
        }
        return subscription.filtersBody()
                ? subscription.filterPolicy().matchesBody(notification.message(subscription.protocol()), mapper)
                : subscription.filterPolicy().matchesAttributes(notification.attributes(), mapper);
    }
}
