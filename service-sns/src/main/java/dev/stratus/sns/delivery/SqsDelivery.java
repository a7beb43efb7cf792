package dev.stratus.sns.delivery;

import dev.stratus.sns.subscription.Subscription;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceCalls;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.StratusEndpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a message to a subscribed SQS queue through the SQS API of the same server (SQS's SendMessage in the
 * query protocol, in the queue's account and region), since SNS cannot see the SQS plugin's classes.
 */
final class SqsDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(SqsDelivery.class);
    static final String SQS = "sqs";

    private final ServiceCalls services;
    private final StratusEndpoint endpoint;

    SqsDelivery(ServiceCalls services, StratusEndpoint endpoint) {
        this.services = services;
        this.endpoint = endpoint;
    }

    void send(Subscription subscription, Notification notification, String body) {
        String[] queueArn = subscription.endpoint().split(":");
        String region = queueArn[3];
        String account = queueArn[4];
        StringJoiner form = new StringJoiner("&")
                .add("Action=SendMessage").add("Version=2012-11-05")
                .add(parameter("QueueUrl", endpoint.uri() + "/" + account + "/" + queueArn[5]))
                .add(parameter("MessageBody", body));
        if (subscription.rawMessageDelivery()) {
            int index = 1;
            for (Map.Entry<String, MessageAttribute> attribute : notification.attributes().entrySet()) {
                String prefix = "MessageAttribute." + index++ + ".";
                MessageAttribute value = attribute.getValue();
                form.add(parameter(prefix + "Name", attribute.getKey()))
                        .add(parameter(prefix + "Value.DataType", value.dataType()))
                        .add(parameter(prefix + (value.binary() ? "Value.BinaryValue" : "Value.StringValue"),
                                value.value()));
            }
        }
        if (notification.groupId() != null) {
            form.add(parameter("MessageGroupId", notification.groupId()))
                    .add(parameter("MessageDeduplicationId", notification.deduplicationId()));
        }
        if (!services.running(SQS)) {
            LOG.warn("A message of {} was not delivered to {}: SQS does not run in this server.",
                    notification.topic(), subscription.endpoint());
            return;
        }
        ServiceRequest request = new ServiceRequest("POST", "/", Map.of(),
                Map.of("content-type", "application/x-www-form-urlencoded; charset=utf-8"),
                form.toString().getBytes(StandardCharsets.UTF_8));
        RequestContext context = new RequestContext(UUID.randomUUID().toString(), account, region, SQS, "",
                Instant.EPOCH, "");
        services.call(SQS, request, context).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.warn("A message of {} was not delivered to {}.", notification.topic(), subscription.endpoint(),
                        failure);
            } else if (response.status() != 200) {
                LOG.warn("A message of {} was not delivered to {}: {}", notification.topic(), subscription.endpoint(),
                        new String(response.body(), StandardCharsets.UTF_8));
            }
        });
    }

    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
