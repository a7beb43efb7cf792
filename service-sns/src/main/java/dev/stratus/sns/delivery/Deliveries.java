package dev.stratus.sns.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sns.subscription.Subscription;
import dev.stratus.sns.subscription.Subscriptions;
import dev.stratus.spi.ServiceCalls;
import dev.stratus.spi.StratusEndpoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Hands a published message to each confirmed subscription of its topic whose filter policy it meets, raw or in
 * SNS's envelope: SQS queues and Lambda functions of the same server, HTTP/S endpoints, and the local records of
 * email and SMS endpoints. Sends the confirmation request of a new HTTP/S or email subscription.
 */
@Singleton
public final class Deliveries {

    private final Subscriptions subscriptions;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Envelope envelope;
    private final SqsDelivery sqs;
    private final LambdaDelivery lambda;
    private final HttpDelivery http;
    private final LocalRecords records;
    private final RecentDeliveries recent;

    @Inject
    public Deliveries(Subscriptions subscriptions, ServiceCalls services, StratusEndpoint endpoint, ObjectMapper mapper,
                      Clock clock, HttpDelivery http, LocalRecords records, RecentDeliveries recent) {
        this.subscriptions = subscriptions;
        this.mapper = mapper;
        this.clock = clock;
        this.envelope = new Envelope(mapper, endpoint);
        InProcessDelivery calls = new InProcessDelivery(services, recent);
        this.sqs = new SqsDelivery(calls, endpoint);
        this.lambda = new LambdaDelivery(calls);
        this.http = http;
        this.records = records;
        this.recent = recent;
    }

    public void deliver(Notification notification) {
        for (Subscription subscription : subscriptions.ofTopic(notification.topic())) {
            if (!subscription.pending() && accepts(subscription, notification)) {
                deliver(subscription, notification);
            }
        }
    }

    private void deliver(Subscription subscription, Notification notification) {
        String protocol = subscription.protocol();
        if (SqsDelivery.SQS.equals(protocol)) {
            sqs.send(subscription, notification, subscription.rawMessageDelivery()
                    ? notification.message(protocol) : envelope.wrap(notification, subscription));
        } else if (LambdaDelivery.LAMBDA.equals(protocol)) {
            lambda.send(subscription, notification, envelope.lambdaEvent(notification, subscription));
        } else if (HttpDelivery.handles(protocol)) {
            http.send(subscription, notification, subscription.rawMessageDelivery()
                    ? notification.message(protocol) : envelope.wrap(notification, subscription));
        } else if (LocalRecords.handles(protocol)) {
            records.add(new LocalRecord("Notification", protocol, subscription.endpoint(),
                    notification.topic().toString(), subscription.arn(), notification.messageId(),
                    notification.subject(), "email-json".equals(protocol) ? envelope.wrap(notification, subscription)
                    : notification.message(protocol), Envelope.timestamp(notification.timestamp())));
            recent.record(subscription, notification.messageId(), "recorded locally");
        }
    }

    /** Asks a new subscription's endpoint to confirm it, when its protocol is one AWS asks. */
    public void subscribed(Subscription subscription) {
        if (!subscription.pending()) {
            return;
        }
        String messageId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String confirmation = envelope.subscriptionConfirmation(subscription, messageId, now);
        if (HttpDelivery.handles(subscription.protocol())) {
            http.confirm(subscription, messageId, confirmation);
        } else if (LocalRecords.handles(subscription.protocol())) {
            records.add(new LocalRecord("SubscriptionConfirmation", subscription.protocol(), subscription.endpoint(),
                    subscription.topic().toString(), subscription.arn(), messageId,
                    "AWS Notification - Subscription Confirmation", confirmation,
                    Envelope.timestamp(now)));
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
