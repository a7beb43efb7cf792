package dev.stratus.sqs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@code sqs.queue-url-style=domain}: queue URLs on {@code sqs.<region>.localhost}, usable as any other. */
class QueueUrlStyleSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder().setting("sqs.queue-url-style", "domain").build();

    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    @Test
    void queueUrlsNameTheRegionalHostAndStillNameTheQueue() {
        String url = sqs.createQueue(r -> r.queueName("styled")).queueUrl();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("m"));

        assertEquals("http://sqs.us-east-1.localhost:" + STRATUS.endpoint().getPort() + "/" + STRATUS.accountId()
                + "/styled", url);
        assertEquals("m", sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0).body());
    }
}
