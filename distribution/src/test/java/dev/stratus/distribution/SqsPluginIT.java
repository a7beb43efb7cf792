package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * SQS loaded from the distribution's plugins/ directory and driven with the AWS CLI v2, which speaks SQS's query
 * protocol (XML) and verifies the MD5 digests of what it sends and receives; Lambda reads its queues through
 * the event-source contract the plugin class loader shares. Functions run as plain processes: the mapping's function
 * writes what it received to a file of the test's folder, which a function in its own namespaces would not see.
 */
@InstalledDistribution(args = {"--set", "lambda.isolation=process"})
class SqsPluginIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONSUMER = """
            import json, os
            def handler(event, context):
                with open(os.environ['RECEIVED'], 'a') as out:
                    for record in event['Records']:
                        out.write(json.dumps(record) + '\\n')
            """;

    @Test
    void theCliCreatesAQueueSendsReceivesAndDeletesAMessage(RunningStratus stratus) throws Exception {
        JsonNode created = cli(stratus, "sqs", "create-queue", "--queue-name", "barks",
                "--attributes", "VisibilityTimeout=60");
        String url = created.get("QueueUrl").asText();
        JsonNode sent = cli(stratus, "sqs", "send-message", "--queue-url", url, "--message-body", "Woof <&>",
                "--message-attributes", "{\"author\":{\"DataType\":\"String\",\"StringValue\":\"Jane Doe\"}}");
        JsonNode received = cli(stratus, "sqs", "receive-message", "--queue-url", url, "--attribute-names", "All",
                "--message-attribute-names", "All", "--wait-time-seconds", "1");
        JsonNode message = received.get("Messages").get(0);
        cli(stratus, "sqs", "delete-message", "--queue-url", url, "--receipt-handle",
                message.get("ReceiptHandle").asText());
        JsonNode attributes = cli(stratus, "sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names",
                "All");

        assertEquals("http://127.0.0.1:" + stratus.port() + "/000000000000/barks", url);
        assertEquals(sent.get("MessageId").asText(), message.get("MessageId").asText());
        assertEquals("Woof <&>", message.get("Body").asText());
        assertEquals("Jane Doe", message.get("MessageAttributes").get("author").get("StringValue").asText());
        assertEquals("1", message.get("Attributes").get("ApproximateReceiveCount").asText());
        assertEquals("60", attributes.get("Attributes").get("VisibilityTimeout").asText());
        assertEquals("0", attributes.get("Attributes").get("ApproximateNumberOfMessagesNotVisible").asText());
    }

    @Test
    void theCliShowsAwsErrorCodeAndMessage(RunningStratus stratus) throws Exception {
        InstalledStratus.Run run = stratus.awslocal("sqs", "get-queue-url", "--queue-name", "missing");

        assertEquals(254, run.exitCode(), run.output());
        assertTrue(run.output().contains("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling "
                + "the GetQueueUrl operation: The specified queue does not exist."), run.output());
    }

    @Test
    void aMappingRunsAPythonFunctionOnEachMessageAndDeletesIt(RunningStratus stratus) throws Exception {
        Path received = stratus.workspace().resolve("received.jsonl");
        Path zip = stratus.workspace().resolve("consumer.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("consumer.py"));
            out.write(CONSUMER.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        String url = cli(stratus, "sqs", "create-queue", "--queue-name", "new-barks").get("QueueUrl").asText();
        String arn = cli(stratus, "sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names", "QueueArn")
                .get("Attributes").get("QueueArn").asText();
        cli(stratus, "lambda", "create-function", "--function-name", "consumer", "--runtime", "python3.12",
                "--handler", "consumer.handler", "--zip-file", "fileb://" + zip,
                "--role", "arn:aws:iam::000000000000:role/consumer",
                "--environment", "Variables={RECEIVED=" + received + "}");
        JsonNode mapping = cli(stratus, "lambda", "create-event-source-mapping", "--function-name", "consumer",
                "--event-source-arn", arn, "--batch-size", "5");
        cli(stratus, "sqs", "send-message", "--queue-url", url, "--message-body", "Woof");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Files.exists(received) && !Files.readString(received).isBlank());
        JsonNode record = JSON.readTree(Files.readAllLines(received).get(0));
        assertEquals(5, mapping.get("BatchSize").asInt());
        assertEquals("Woof", record.get("body").asText());
        assertEquals("aws:sqs", record.get("eventSource").asText());
        assertEquals(arn, record.get("eventSourceARN").asText());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                cli(stratus, "sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names",
                        "ApproximateNumberOfMessagesNotVisible").get("Attributes")
                        .get("ApproximateNumberOfMessagesNotVisible").asText().equals("0"));
    }

    private static JsonNode cli(RunningStratus stratus, String... args) throws Exception {
        InstalledStratus.Run run = stratus.awslocal(args);
        assertEquals(0, run.exitCode(), run.output());
        return run.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(run.stdout());
    }
}
