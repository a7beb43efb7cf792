package dev.stratus.lambda.invoke.async;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.DurableServers;
import dev.stratus.lambda.TestFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/** With a data directory, Event invocations waiting for a retry are not lost when Stratus stops. */
class DurableEventQueueTest {

    /** Records each attempt's event; fails while the file named by BROKEN exists. */
    private static final String FLAKY = "const fs = require('fs'); exports.handler = async (event) => { "
            + "fs.appendFileSync(process.env.ATTEMPTS, JSON.stringify(event) + '\\n'); "
            + "if (fs.existsSync(process.env.BROKEN)) { throw new Error('still broken'); } return 'done'; };";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    @Test
    void anEventWaitingForItsRetryRunsAfterARestart() throws IOException {
        Path attempts = files.resolve("attempts.log");
        Path broken = Files.writeString(files.resolve("broken"), "yes");
        try (Stratus first = start(); LambdaClient lambda = DurableServers.client(first)) {
            TestFunctions.createWithEnvironment(lambda, "flaky", FLAKY,
                    Map.of("ATTEMPTS", attempts.toString(), "BROKEN", broken.toString()));
            lambda.invoke(r -> r.functionName("flaky").invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{\"kept\":true}")));
            await().atMost(Duration.ofSeconds(30)).until(() -> lines(attempts).size() == 1);
        }
        Files.delete(broken);

        try (Stratus second = start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> lines(attempts).size() == 2);
        }
        assertEquals(List.of("{\"kept\":true}", "{\"kept\":true}"), lines(attempts));
    }

    /** A server on the data directory whose retries wait long enough never to come before the restart. */
    private Stratus start() {
        // The function records its events in a file of the test's folder, which only a plain process sees.
        return DurableServers.start(dataDir, "lambda.async-retry-delay", "10m", "lambda.isolation", "process");
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
