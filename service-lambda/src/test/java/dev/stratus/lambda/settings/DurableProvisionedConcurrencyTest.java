package dev.stratus.lambda.settings;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.DurableServers;
import dev.stratus.lambda.TestFunctions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyStatusEnum;

/** With a data directory, provisioned concurrency is started ahead again when the server starts again. */
class DurableProvisionedConcurrencyTest {

    @TempDir
    Path dataDir;

    @Test
    void provisionedEnvironmentsAreStartedAgainAfterARestart() {
        try (Stratus first = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(first)) {
            TestFunctions.create(lambda, "kept-warm",
                    "exports.handler = async () => process.env.AWS_LAMBDA_INITIALIZATION_TYPE;");
            lambda.publishVersion(r -> r.functionName("kept-warm"));
            lambda.putProvisionedConcurrencyConfig(r -> r.functionName("kept-warm").qualifier("1")
                    .provisionedConcurrentExecutions(1));
        }

        try (Stratus second = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(second)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> lambda.invoke(r -> r.functionName("kept-warm")
                    .qualifier("1")).payload().asUtf8String().equals("\"provisioned-concurrency\""));
            assertEquals(ProvisionedConcurrencyStatusEnum.READY, lambda.getProvisionedConcurrencyConfig(r -> r
                    .functionName("kept-warm").qualifier("1")).status());
        }
    }
}
