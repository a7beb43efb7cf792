package dev.stratus.lambda.invoke.async;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import dev.stratus.testkit.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * An Event invocation throttled by its function's reserved concurrency goes back to the queue and is tried again
 * with back-off, without counting as an attempt, until it runs or is older than its maximum age.
 */
class ThrottledEventsTest {

    // The functions record what they were given in files of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().withTestClock()
            .setting("lambda.isolation", "process").build();

    /** Appends each event it receives to the file named by RECORDS. */
    private static final String RECORDER = "const fs = require('fs'); exports.handler = async (event) => { "
            + "fs.appendFileSync(process.env.RECORDS, JSON.stringify(event) + '\\n'); return 'recorded'; };";

    @TempDir
    Path files;

    @Test
    void aThrottledEventRunsOnceTheFunctionMayRunAgain() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path records = files.resolve("throttled.log");
        TestFunctions.createWithEnvironment(lambda, "throttled", RECORDER, Map.of("RECORDS", records.toString()));
        lambda.putFunctionConcurrency(r -> r.functionName("throttled").reservedConcurrentExecutions(0));
        lambda.putFunctionEventInvokeConfig(r -> r.functionName("throttled").maximumRetryAttempts(0));
        lambda.invoke(r -> r.functionName("throttled").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"n\":1}")));

        lambda.deleteFunctionConcurrency(r -> r.functionName("throttled"));

        await().atMost(Duration.ofSeconds(60)).until(() -> advancedUntil(() -> lines(records).size() == 1));
    }

    @Test
    void aThrottledEventIsGivenUpWhenTooOldNotAfterItsRetries() throws IOException {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path records = files.resolve("too-old.log");
        String destination = TestFunctions.createWithEnvironment(lambda, "on-too-old", RECORDER,
                Map.of("RECORDS", records.toString())).functionArn();
        TestFunctions.create(lambda, "never-runs", TestFunctions.ECHO);
        lambda.putFunctionConcurrency(r -> r.functionName("never-runs").reservedConcurrentExecutions(0));
        lambda.putFunctionEventInvokeConfig(r -> r.functionName("never-runs").maximumRetryAttempts(0)
                .maximumEventAgeInSeconds(60).destinationConfig(d -> d.onFailure(f -> f.destination(destination))));

        lambda.invoke(r -> r.functionName("never-runs").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"n\":2}")));

        await().atMost(Duration.ofSeconds(60)).until(() -> advancedUntil(() -> lines(records).size() == 1));
        JsonNode record = new ObjectMapper().readTree(lines(records).get(0));
        assertEquals("EventAgeExceeded", record.at("/requestContext/condition").asText());
        assertEquals(2, record.at("/requestPayload/n").asInt());
    }

    /** Moves the platform clock on by a second, so that due retries run; whether {@code done} holds by then. */
    private static boolean advancedUntil(Callable<Boolean> done) throws Exception {
        TestClock clock = stratus.clock();
        clock.advance(Duration.ofSeconds(1));
        return done.call();
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
