package dev.stratus.sns.delivery;

import dev.stratus.sns.subscription.Subscription;
import dev.stratus.spi.StratusEndpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sends a message to a subscribed SQS queue through the SQS API of the same server (SQS's SendMessage in the
 * query protocol, in the queue's account and region).
 */
final class SqsDelivery {

    static final String SQS = "sqs";

    private final InProcessDelivery calls;
    private final StratusEndpoint endpoint;

    SqsDelivery(InProcessDelivery calls, StratusEndpoint endpoint) {
        this.calls = calls;
        this.endpoint = endpoint;
    }

    void send(Subscription subscription, Notification notification, String body) {
        String[] queueArn = subscription.endpoint().split(":");
        StringJoiner form = new StringJoiner("&")
                .add("Action=SendMessage").add("Version=2012-11-05")
                .add(parameter("QueueUrl", endpoint.uri() + "/" + queueArn[4] + "/" + queueArn[5]))
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
        calls.send(SQS, InProcessDelivery.post("/",
                Map.of("content-type", "application/x-www-form-urlencoded; charset=utf-8"), form.toString()),
                subscription, notification);
    }

    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
