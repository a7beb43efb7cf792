package dev.stratus.lambda.url;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.DurableServers;
import dev.stratus.lambda.TestFunctions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.GetFunctionUrlConfigResponse;

/** With a data directory, a function URL outlives the server with its address and settings. */
class DurableFunctionUrlsTest {

    @TempDir
    Path dataDir;

    @Test
    void aUrlCreatedBeforeARestartIsTheSameAfterIt() {
        CreateFunctionUrlConfigResponse created;
        try (Stratus first = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(first)) {
            TestFunctions.create(lambda, "addressed", TestFunctions.ECHO);
            created = lambda.createFunctionUrlConfig(r -> r.functionName("addressed")
                    .authType(FunctionUrlAuthType.AWS_IAM).cors(c -> c.allowOrigins("https://example.com")));
        }

        try (Stratus second = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(second)) {
            GetFunctionUrlConfigResponse read = lambda.getFunctionUrlConfig(r -> r.functionName("addressed"));

            assertEquals(created.functionUrl().replaceAll(":\\d+/", "/"), read.functionUrl().replaceAll(":\\d+/", "/"));
            assertEquals(FunctionUrlAuthType.AWS_IAM, read.authType());
            assertEquals("https://example.com", read.cors().allowOrigins().get(0));
            assertEquals(created.creationTime(), read.creationTime());
        }
    }
}
