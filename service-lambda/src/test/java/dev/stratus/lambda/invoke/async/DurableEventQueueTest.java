package dev.stratus.lambda.invoke.async;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.TestFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
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
        try (Stratus first = start(); LambdaClient lambda = client(first)) {
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

    private Stratus start() {
        return Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString())
                .setting("lambda.async-retry-delay", "10m").start();
    }

    private static LambdaClient client(Stratus stratus) {
        return LambdaClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "test")))
                .build();
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
