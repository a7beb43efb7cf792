package dev.stratus.lambda.invoke.async;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/** Event invocations send their invocation record to the configured OnSuccess and OnFailure functions. */
class EventDestinationsTest {

    // The functions record what they were given in files of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.async-retry-delay", "100ms")
            .setting("lambda.isolation", "process").build();

    /** Appends each event it receives to the file named by RECORDS. */
    private static final String RECORDER = "const fs = require('fs'); exports.handler = async (event) => { "
            + "fs.appendFileSync(process.env.RECORDS, JSON.stringify(event) + '\\n'); return 'recorded'; };";
    /** Counts its attempts in the file named by ATTEMPTS, then fails. */
    private static final String FAILING = "const fs = require('fs'); exports.handler = async () => { "
            + "fs.appendFileSync(process.env.ATTEMPTS, 'x\\n'); throw new Error('failed on purpose'); };";

    @TempDir
    Path files;

    @Test
    void aSuccessfulEventSendsItsRecordToTheOnSuccessFunction() throws IOException {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path records = files.resolve("success.log");
        String destination = TestFunctions.createWithEnvironment(lambda, "on-success", RECORDER,
                Map.of("RECORDS", records.toString())).functionArn();
        TestFunctions.create(lambda, "succeeds", "exports.handler = async (event) => ({ doubled: event.n * 2 });");
        lambda.putFunctionEventInvokeConfig(r -> r.functionName("succeeds")
                .destinationConfig(d -> d.onSuccess(s -> s.destination(destination))));

        lambda.invoke(r -> r.functionName("succeeds").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"n\":21}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(records).size() == 1);
        JsonNode record = new ObjectMapper().readTree(lines(records).get(0));
        assertEquals("1.0", record.get("version").asText());
        assertEquals("Success", record.at("/requestContext/condition").asText());
        assertTrue(record.at("/requestContext/functionArn").asText().endsWith(":function:succeeds:$LATEST"));
        assertEquals(1, record.at("/requestContext/approximateInvokeCount").asInt());
        assertEquals(21, record.at("/requestPayload/n").asInt());
        assertEquals(200, record.at("/responseContext/statusCode").asInt());
        assertEquals("$LATEST", record.at("/responseContext/executedVersion").asText());
        assertFalse(record.get("responseContext").has("functionError"));
        assertEquals(42, record.at("/responsePayload/doubled").asInt());
    }

    @Test
    void anEventThatKeepsFailingSendsItsRecordToTheOnFailureFunctionAfterItsRetries() throws IOException {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path records = files.resolve("failure.log");
        Path attempts = files.resolve("attempts.log");
        String destination = TestFunctions.createWithEnvironment(lambda, "on-failure", RECORDER,
                Map.of("RECORDS", records.toString())).functionArn();
        TestFunctions.createWithEnvironment(lambda, "fails", FAILING, Map.of("ATTEMPTS", attempts.toString()));
        lambda.putFunctionEventInvokeConfig(r -> r.functionName("fails").maximumRetryAttempts(1)
                .destinationConfig(d -> d.onFailure(f -> f.destination(destination))));

        lambda.invoke(r -> r.functionName("fails").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"order\":7}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(records).size() == 1);
        assertEquals(2, lines(attempts).size());
        JsonNode record = new ObjectMapper().readTree(lines(records).get(0));
        assertEquals("RetriesExhausted", record.at("/requestContext/condition").asText());
        assertEquals(2, record.at("/requestContext/approximateInvokeCount").asInt());
        assertEquals(7, record.at("/requestPayload/order").asInt());
        assertEquals("Unhandled", record.at("/responseContext/functionError").asText());
        assertEquals("failed on purpose", record.at("/responsePayload/errorMessage").asText());
    }

    @Test
    void withNoRetriesAFailedEventRunsOnce() throws IOException {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path attempts = files.resolve("once.log");
        TestFunctions.createWithEnvironment(lambda, "fails-once", FAILING, Map.of("ATTEMPTS", attempts.toString()));
        lambda.putFunctionEventInvokeConfig(r -> r.functionName("fails-once").maximumRetryAttempts(0));

        lambda.invoke(r -> r.functionName("fails-once").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(attempts).size() == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> lines(attempts).size() == 1);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
