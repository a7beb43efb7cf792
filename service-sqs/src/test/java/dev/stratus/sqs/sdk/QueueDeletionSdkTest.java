package dev.stratus.sqs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDeletedRecentlyException;

/** A deleted queue's name stays taken for 60 seconds of the platform clock, as on AWS. */
class QueueDeletionSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder().withTestClock().build();

    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    @Test
    void aDeletedQueuesNameCanBeTakenAgainOnlyAfterSixtySeconds() {
        String url = sqs.createQueue(r -> r.queueName("recycled")).queueUrl();
        sqs.deleteQueue(r -> r.queueUrl(url));

        STRATUS.clock().advance(Duration.ofSeconds(59));
        QueueDeletedRecentlyException tooSoon = assertThrows(QueueDeletedRecentlyException.class,
                () -> sqs.createQueue(r -> r.queueName("recycled")));
        STRATUS.clock().advance(Duration.ofSeconds(1));
        String again = sqs.createQueue(r -> r.queueName("recycled")).queueUrl();

        assertEquals("You must wait 60 seconds after deleting a queue before you can create another with the same name.",
                tooSoon.awsErrorDetails().errorMessage());
        assertEquals(url, again);
    }
}
