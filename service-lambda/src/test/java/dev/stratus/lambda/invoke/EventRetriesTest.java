package dev.stratus.lambda.invoke;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/** Event invocations on a server whose clock the test moves: a retry is due its delay after the attempt before. */
class EventRetriesTest {

    // The functions record what they were given in files of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.async-retry-delay", "1m")
            .setting("lambda.isolation", "process").withTestClock().build();

    /** Appends a line to the file named by MARKER at each attempt; fails when FAIL is set. */
    private static final String RECORDING = "const fs = require('fs'); exports.handler = async (event) => { "
            + "fs.appendFileSync(process.env.MARKER, JSON.stringify(event) + '\\n'); "
            + "if (process.env.FAIL) { throw new Error('failed on purpose'); } return 'ok'; };";

    @TempDir
    Path markers;

    @Test
    void aFailingEventIsRetriedTwiceEachTimeTheClockReachesItsDelay() throws IOException {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path marker = markers.resolve("failing.log");
        TestFunctions.createWithEnvironment(lambda, "fails-async", RECORDING,
                Map.of("MARKER", marker.toString(), "FAIL", "yes"));

        lambda.invoke(r -> r.functionName("fails-async").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"attempt\":\"any\"}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(marker) == 1);
        stratus.clock().advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(marker) == 2);
        stratus.clock().advance(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(marker) == 3);
        stratus.clock().advance(Duration.ofHours(1));

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> lines(marker) == 3);
    }

    @Test
    void aSucceedingEventRunsOnce() throws IOException {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path marker = markers.resolve("succeeding.log");
        TestFunctions.createWithEnvironment(lambda, "runs-async", RECORDING, Map.of("MARKER", marker.toString()));

        lambda.invoke(r -> r.functionName("runs-async").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"n\":1}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(marker) == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> lines(marker) == 1);
        assertEquals("{\"n\":1}", Files.readString(marker).trim());
    }

    @Test
    void anEventForAFunctionWithNoConcurrencyIsAcceptedButNeverRuns() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path marker = markers.resolve("throttled.log");
        TestFunctions.createWithEnvironment(lambda, "throttled-async", RECORDING, Map.of("MARKER", marker.toString()));
        lambda.putFunctionConcurrency(r -> r.functionName("throttled-async").reservedConcurrentExecutions(0));

        int status = lambda.invoke(r -> r.functionName("throttled-async").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}"))).statusCode();

        assertEquals(202, status);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> lines(marker) == 0);
    }

    private static long lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }
}
