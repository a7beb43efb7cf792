package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorial whole, with the built distribution and the AWS CLI v2: AWS's own function publishes each new bark to
 * an SNS topic through {@code require("aws-sdk")}; the topic has an SQS subscription; an item put on BarkTable
 * brings the message with the tutorial's subject and text to the queue.
 */
class WholeTutorialIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    @Test
    void aNewBarkReachesTheQueueSubscribedToTheWooferTopic() throws Exception {
        InstalledStratus stratus = InstalledStratus.unpack(Files.createDirectories(workspace.resolve("install")));
        try (InstalledStratus.Server server = stratus.start(0)) {
            String topic = stratus.awsJson(server, "sns", "create-topic", "--name", "wooferTopic")
                    .get("TopicArn").asText();
            String queueUrl = stratus.awsJson(server, "sqs", "create-queue", "--queue-name", "wooferInbox")
                    .get("QueueUrl").asText();
            String queueArn = stratus.awsJson(server, "sqs", "get-queue-attributes", "--queue-url", queueUrl,
                    "--attribute-names", "QueueArn").at("/Attributes/QueueArn").asText();
            stratus.awsJson(server, "sns", "subscribe", "--topic-arn", topic, "--protocol", "sqs",
                    "--notification-endpoint", queueArn);

            stratus.awsJson(server, "dynamodb", "create-table", "--table-name", "BarkTable",
                    "--attribute-definitions", "AttributeName=Username,AttributeType=S",
                    "AttributeName=Timestamp,AttributeType=S",
                    "--key-schema", "AttributeName=Username,KeyType=HASH", "AttributeName=Timestamp,KeyType=RANGE",
                    "--provisioned-throughput", "ReadCapacityUnits=1,WriteCapacityUnits=1",
                    "--stream-specification", "StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES");
            String source;
            try (InputStream in = WholeTutorialIT.class.getResourceAsStream("/scenario/publishNewBark.js")) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("arn:aws:sns:region:accountID:wooferTopic", topic);
            }
            Path zip = workspace.resolve("index.zip");
            InstalledStratus.zipIndexJs(source, zip);
            stratus.awsJson(server, "lambda", "create-function", "--region", "us-east-1",
                    "--function-name", "publishNewBark", "--zip-file", "fileb://" + zip,
                    "--role", "arn:aws:iam::000000000000:role/WooferLambdaRole",
                    "--handler", "index.handler", "--runtime", "nodejs16.x");
            String streamArn = stratus.awsJson(server, "dynamodb", "describe-table", "--table-name", "BarkTable")
                    .at("/Table/LatestStreamArn").asText();
            stratus.awsJson(server, "lambda", "create-event-source-mapping", "--region", "us-east-1",
                    "--function-name", "publishNewBark", "--event-source", streamArn,
                    "--batch-size", "1", "--starting-position", "TRIM_HORIZON");

            stratus.awsJson(server, "dynamodb", "put-item", "--table-name", "BarkTable", "--item",
                    "Username={S=\"Jane Doe\"},Timestamp={S=\"2016-11-18:14:32:17\"},Message={S=\"Testing...1...2...3\"}");

            JsonNode received = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> stratus.awsJson(server, "sqs", "receive-message", "--queue-url", queueUrl,
                            "--wait-time-seconds", "1").path("Messages"), messages -> messages.size() > 0);
            JsonNode envelope = JSON.readTree(received.get(0).get("Body").asText());
            assertEquals(topic, envelope.get("TopicArn").asText());
            assertEquals("A new bark from \"Jane Doe\"", envelope.get("Subject").asText());
            assertEquals("Woofer user \"Jane Doe\" barked the following at \"2016-11-18:14:32:17\":\n\n "
                    + "\"Testing...1...2...3\"", envelope.get("Message").asText());
        }
    }
}
