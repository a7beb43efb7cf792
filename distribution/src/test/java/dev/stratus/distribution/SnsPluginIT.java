package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SNS loaded from the distribution's plugins/ directory beside SQS and driven with the AWS CLI v2: a message
 * published to a topic arrives in the subscribed queue.
 */
class SnsPluginIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path unpacked;
    private static InstalledStratus stratus;

    @BeforeAll
    static void unpack() throws Exception {
        stratus = InstalledStratus.unpack(unpacked);
    }

    @Test
    void theCliPublishesToATopicAndTheMessageArrivesInTheSubscribedQueue() throws Exception {
        try (InstalledStratus.Server server = stratus.start(InstalledStratus.freePort())) {
            String topic = stratus.awsJson(server, "sns", "create-topic", "--name", "barks").get("TopicArn").asText();
            String queueUrl = stratus.awsJson(server, "sqs", "create-queue", "--queue-name", "bark-inbox")
                    .get("QueueUrl").asText();
            String queueArn = stratus.awsJson(server, "sqs", "get-queue-attributes", "--queue-url", queueUrl,
                    "--attribute-names", "QueueArn").get("Attributes").get("QueueArn").asText();
            stratus.awsJson(server, "sns", "subscribe", "--topic-arn", topic, "--protocol", "sqs",
                    "--notification-endpoint", queueArn);
            String messageId = stratus.awsJson(server, "sns", "publish", "--topic-arn", topic, "--subject",
                    "A new bark from Jane Doe", "--message", "Testing...1...2...3").get("MessageId").asText();
            JsonNode received = stratus.awsJson(server, "sqs", "receive-message", "--queue-url", queueUrl,
                    "--wait-time-seconds", "1");

            JsonNode envelope = JSON.readTree(received.get("Messages").get(0).get("Body").asText());
            assertEquals("arn:aws:sns:us-east-1:000000000000:barks", topic);
            assertEquals("Notification", envelope.get("Type").asText());
            assertEquals(messageId, envelope.get("MessageId").asText());
            assertEquals("A new bark from Jane Doe", envelope.get("Subject").asText());
            assertEquals("Testing...1...2...3", envelope.get("Message").asText());
            assertEquals(topic, stratus.awsJson(server, "sns", "list-subscriptions").get("Subscriptions").get(0)
                    .get("TopicArn").asText());
        }
    }

    @Test
    void theCliShowsAwsErrorCodeAndMessage() throws Exception {
        try (InstalledStratus.Server server = stratus.start(InstalledStratus.freePort())) {
            InstalledStratus.Run run = stratus.awslocal(server.port(), Map.of(), "sns", "get-topic-attributes",
                    "--topic-arn", "arn:aws:sns:us-east-1:000000000000:missing");

            assertEquals(254, run.exitCode(), run.output());
            assertTrue(run.output().contains("An error occurred (NotFound) when calling the GetTopicAttributes "
                    + "operation: Topic does not exist"), run.output());
        }
    }
}
