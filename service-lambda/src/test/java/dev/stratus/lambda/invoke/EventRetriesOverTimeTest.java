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

/** Event retries on a server whose clock the test moves: a retry is due its delay after the attempt before. */
class EventRetriesOverTimeTest {

    // The function records its attempts in a file of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.async-retry-delay", "1m")
            .setting("lambda.isolation", "process").withTestClock().build();

    private static final String FAILING = "const fs = require('fs'); exports.handler = async (event) => { "
            + "fs.appendFileSync(process.env.MARKER, 'attempt\\n'); throw new Error('failed on purpose'); };";

    @TempDir
    Path markers;

    @Test
    void eachRetryRunsWhenTheClockReachesItsDelayAfterTheFailureTheTestSaw() throws IOException {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        Path marker = markers.resolve("attempts.log");
        TestFunctions.createWithEnvironment(lambda, "fails-over-time", FAILING, Map.of("MARKER", marker.toString()));

        lambda.invoke(r -> r.functionName("fails-over-time").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(marker) == 1);
        stratus.clock().advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(marker) == 2);
        stratus.clock().advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(marker) == 3);
        assertEquals(3, lines(marker));
    }

    private static long lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }
}
