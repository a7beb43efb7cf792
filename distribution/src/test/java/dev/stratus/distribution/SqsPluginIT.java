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
 * SQS loaded from the distribution's plugins/ directory and driven with the AWS CLI v2, which speaks SQS's query
 * protocol (XML) and verifies the MD5 digests of what it sends and receives.
 */
class SqsPluginIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path unpacked;
    private static InstalledStratus stratus;

    @BeforeAll
    static void unpack() throws Exception {
        stratus = InstalledStratus.unpack(unpacked);
    }

    @Test
    void theCliCreatesAQueueSendsReceivesAndDeletesAMessage() throws Exception {
        try (InstalledStratus.Server server = stratus.start(InstalledStratus.freePort())) {
            JsonNode created = cli(server, "sqs", "create-queue", "--queue-name", "barks",
                    "--attributes", "VisibilityTimeout=60");
            String url = created.get("QueueUrl").asText();
            JsonNode sent = cli(server, "sqs", "send-message", "--queue-url", url, "--message-body", "Woof <&>",
                    "--message-attributes", "{\"author\":{\"DataType\":\"String\",\"StringValue\":\"Jane Doe\"}}");
            JsonNode received = cli(server, "sqs", "receive-message", "--queue-url", url, "--attribute-names", "All",
                    "--message-attribute-names", "All", "--wait-time-seconds", "1");
            JsonNode message = received.get("Messages").get(0);
            cli(server, "sqs", "delete-message", "--queue-url", url, "--receipt-handle",
                    message.get("ReceiptHandle").asText());
            JsonNode attributes = cli(server, "sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names",
                    "All");

            assertEquals("http://127.0.0.1:" + server.port() + "/000000000000/barks", url);
            assertEquals(sent.get("MessageId").asText(), message.get("MessageId").asText());
            assertEquals("Woof <&>", message.get("Body").asText());
            assertEquals("Jane Doe", message.get("MessageAttributes").get("author").get("StringValue").asText());
            assertEquals("1", message.get("Attributes").get("ApproximateReceiveCount").asText());
            assertEquals("60", attributes.get("Attributes").get("VisibilityTimeout").asText());
            assertEquals("0", attributes.get("Attributes").get("ApproximateNumberOfMessagesNotVisible").asText());
        }
    }

    @Test
    void theCliShowsAwsErrorCodeAndMessage() throws Exception {
        try (InstalledStratus.Server server = stratus.start(InstalledStratus.freePort())) {
            InstalledStratus.Run run = stratus.awslocal(server.port(), Map.of(), "sqs", "get-queue-url",
                    "--queue-name", "missing");

            assertEquals(254, run.exitCode(), run.output());
            assertTrue(run.output().contains("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling "
                    + "the GetQueueUrl operation: The specified queue does not exist."), run.output());
        }
    }

    private static JsonNode cli(InstalledStratus.Server server, String... args) throws Exception {
        InstalledStratus.Run run = stratus.awslocal(server.port(), Map.of(), args);
        assertEquals(0, run.exitCode(), run.output());
        return run.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(run.stdout());
    }
}
