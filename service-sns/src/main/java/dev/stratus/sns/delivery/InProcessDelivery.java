package dev.stratus.sns.delivery;

import dev.stratus.sns.subscription.Subscription;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceCalls;
import dev.stratus.spi.ServiceRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a delivery to another service of the same server through its API, in the account and region the endpoint's
 * ARN names, and logs a delivery that service refuses: SNS cannot see the other plugins' classes.
 */
final class InProcessDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessDelivery.class);

    private final ServiceCalls services;
    private final RecentDeliveries recent;

    InProcessDelivery(ServiceCalls services, RecentDeliveries recent) {
        this.services = services;
        this.recent = recent;
    }

    void send(String service, ServiceRequest request, Subscription subscription, Notification notification) {
        String[] arn = subscription.endpoint().split(":");
        if (!services.running(service)) {
            LOG.warn("A message of {} was not delivered to {}: {} does not run in this server.",
                    notification.topic(), subscription.endpoint(), service);
            recent.record(subscription, notification.messageId(), "not delivered: " + service + " does not run");
            return;
        }
        RequestContext context = new RequestContext(UUID.randomUUID().toString(), arn[4], arn[3], service, "",
                Instant.EPOCH, "");
        services.call(service, request, context).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.warn("A message of {} was not delivered to {}.", notification.topic(), subscription.endpoint(),
                        failure);
                recent.record(subscription, notification.messageId(), "not delivered: " + failure);
            } else if (response.status() / 100 != 2) {
                String refusal = new String(response.body(), StandardCharsets.UTF_8);
                LOG.warn("A message of {} was not delivered to {}: {}", notification.topic(), subscription.endpoint(),
                        refusal);
                recent.record(subscription, notification.messageId(), "refused: " + refusal);
            } else {
                recent.record(subscription, notification.messageId(), "delivered");
            }
        });
    }

    static ServiceRequest post(String path, Map<String, String> headers, String body) {
        return new ServiceRequest("POST", path, Map.of(), headers, body.getBytes(StandardCharsets.UTF_8));
    }
}
