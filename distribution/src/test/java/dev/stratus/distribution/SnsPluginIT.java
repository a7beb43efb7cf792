package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * SNS loaded from the distribution's plugins/ directory beside SQS and driven with the AWS CLI v2: a message
 * published to a topic arrives in the subscribed queue.
 */
@InstalledDistribution
class SnsPluginIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCliPublishesToATopicAndTheMessageArrivesInTheSubscribedQueue(RunningStratus stratus) throws Exception {
        String topic = stratus.awsJson("sns", "create-topic", "--name", "barks").get("TopicArn").asText();
        String queueUrl = stratus.awsJson("sqs", "create-queue", "--queue-name", "bark-inbox")
                .get("QueueUrl").asText();
        String queueArn = stratus.awsJson("sqs", "get-queue-attributes", "--queue-url", queueUrl,
                "--attribute-names", "QueueArn").get("Attributes").get("QueueArn").asText();
        stratus.awsJson("sns", "subscribe", "--topic-arn", topic, "--protocol", "sqs",
                "--notification-endpoint", queueArn);
        String messageId = stratus.awsJson("sns", "publish", "--topic-arn", topic, "--subject",
                "A new bark from Jane Doe", "--message", "Testing...1...2...3").get("MessageId").asText();
        JsonNode received = stratus.awsJson("sqs", "receive-message", "--queue-url", queueUrl,
                "--wait-time-seconds", "1");

        JsonNode envelope = JSON.readTree(received.get("Messages").get(0).get("Body").asText());
        assertEquals("arn:aws:sns:us-east-1:000000000000:barks", topic);
        assertEquals("Notification", envelope.get("Type").asText());
        assertEquals(messageId, envelope.get("MessageId").asText());
        assertEquals("A new bark from Jane Doe", envelope.get("Subject").asText());
        assertEquals("Testing...1...2...3", envelope.get("Message").asText());
        assertEquals(topic, stratus.awsJson("sns", "list-subscriptions").get("Subscriptions").get(0)
                .get("TopicArn").asText());
    }

    @Test
    void theCliShowsAwsErrorCodeAndMessage(RunningStratus stratus) throws Exception {
        InstalledStratus.Run run = stratus.awslocal("sns", "get-topic-attributes",
                "--topic-arn", "arn:aws:sns:us-east-1:000000000000:missing");

        assertEquals(254, run.exitCode(), run.output());
        assertTrue(run.output().contains("An error occurred (NotFound) when calling the GetTopicAttributes "
                + "operation: Topic does not exist"), run.output());
    }
}
