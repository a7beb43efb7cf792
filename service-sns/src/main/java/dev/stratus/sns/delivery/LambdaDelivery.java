package dev.stratus.sns.delivery;

import dev.stratus.sns.subscription.Subscription;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Invokes a subscribed Lambda function asynchronously (Invoke with {@code InvocationType=Event}) through the Lambda
 * API of the same server, with the SNS event. A function that does not exist (any more) gets nothing, and the log
 * says so, as SNS accepts the subscription of any function ARN.
 */
final class LambdaDelivery {

    static final String LAMBDA = "lambda";

    private final InProcessDelivery calls;

    LambdaDelivery(InProcessDelivery calls) {
        this.calls = calls;
    }

    void send(Subscription subscription, Notification notification, String event) {
        String path = "/2015-03-31/functions/" + URLEncoder.encode(subscription.endpoint(), StandardCharsets.UTF_8)
                + "/invocations";
        calls.send(LAMBDA, InProcessDelivery.post(path,
                Map.of("content-type", "application/json", "x-amz-invocation-type", "Event"), event),
                subscription, notification);
    }
}
