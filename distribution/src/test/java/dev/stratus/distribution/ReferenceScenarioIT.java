package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference scenario, command for command through {@code bin/awslocal} and the real AWS CLI v2: a table
 * with a stream, a Node.js function that requires the bundled aws-sdk, a mapping between them, an item put,
 * and the function's output in the server log.
 */
@InstalledDistribution
class ReferenceScenarioIT {

    @BeforeAll
    static void writeTheTutorialsFiles(RunningStratus stratus) throws Exception {
        copyResource("payload.json", stratus.workspace().resolve("payload.json"));
        zipIndexJs(stratus.workspace().resolve("index.zip"));
    }

    @Test
    void aStreamTriggeredFunctionProcessesANewBark(RunningStratus stratus) throws Exception {
        Path workspace = stratus.workspace();
        JsonNode table = stratus.awsJson("dynamodb", "create-table", "--table-name", "BarkTable",
                "--attribute-definitions", "AttributeName=Username,AttributeType=S", "AttributeName=Timestamp,AttributeType=S",
                "--key-schema", "AttributeName=Username,KeyType=HASH", "AttributeName=Timestamp,KeyType=RANGE",
                "--provisioned-throughput", "ReadCapacityUnits=1,WriteCapacityUnits=1",
                "--stream-specification", "StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES");
        assertEquals("NEW_AND_OLD_IMAGES", table.at("/TableDescription/StreamSpecification/StreamViewType").asText());

        JsonNode function = stratus.awsJson("lambda", "create-function", "--region", "us-east-1", "--function-name", "publishNewBark",
                "--zip-file", "fileb://" + workspace.resolve("index.zip"),
                "--role", "arn:aws:iam::000000000000:role/WooferLambdaRole",
                "--handler", "index.handler", "--runtime", "nodejs16.x");
        assertEquals("nodejs16.x", function.get("Runtime").asText());

        Path output = workspace.resolve("output.txt");
        JsonNode invoked = stratus.awsJson("lambda", "invoke", "--function-name", "publishNewBark",
                "--payload", "file://" + workspace.resolve("payload.json"), "--cli-binary-format", "raw-in-base64-out",
                output.toString());
        assertEquals(200, invoked.get("StatusCode").asInt());
        assertEquals("\"Successfully processed 1 records.\"", Files.readString(output).strip());

        String streamArn = stratus.awsJson("dynamodb", "describe-table", "--table-name", "BarkTable")
                .at("/Table/LatestStreamArn").asText();
        assertTrue(streamArn.startsWith("arn:aws:dynamodb:us-east-1:000000000000:table/BarkTable/stream/"), streamArn);

        JsonNode mapping = stratus.awsJson("lambda", "create-event-source-mapping", "--region", "us-east-1",
                "--function-name", "publishNewBark", "--event-source", streamArn,
                "--batch-size", "1", "--starting-position", "TRIM_HORIZON");
        String uuid = mapping.get("UUID").asText();
        assertTrue(mapping.get("FunctionResponseTypes").isArray() && mapping.get("FunctionResponseTypes").isEmpty(),
                mapping.toString());

        stratus.awsJson("dynamodb", "put-item", "--table-name", "BarkTable", "--item",
                "Username={S=\"Jane Doe\"},Timestamp={S=\"2016-11-18:14:32:17\"},Message={S=\"Testing...1...2...3\"}");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> stratus.log().contains("Stream record:") && stratus.log().contains("Testing...1...2...3"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode current = stratus.awsJson("lambda", "get-event-source-mapping", "--uuid", uuid);
            return current.get("State").asText().equals("Enabled")
                    && current.get("LastProcessingResult").asText().equals("OK");
        });

        JsonNode streams = stratus.awsJson("dynamodbstreams", "list-streams");
        assertTrue(streams.get("Streams").findValuesAsText("StreamArn").contains(streamArn), streams.toString());
        JsonNode description = stratus.awsJson("dynamodbstreams", "describe-stream", "--stream-arn", streamArn)
                .get("StreamDescription");
        assertEquals("ENABLED", description.get("StreamStatus").asText());
        assertEquals("BarkTable", description.get("TableName").asText());
        assertEquals("NEW_AND_OLD_IMAGES", description.get("StreamViewType").asText());
        assertTrue(description.get("Shards").size() >= 1, description.toString());
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = ReferenceScenarioIT.class.getResourceAsStream("/scenario/" + name)) {
            Files.copy(in, target);
        }
    }

    private static void zipIndexJs(Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             InputStream source = ReferenceScenarioIT.class.getResourceAsStream("/scenario/index.js")) {
            out.putNextEntry(new ZipEntry("index.js"));
            source.transferTo(out);
            out.closeEntry();
        }
    }
}
