package dev.stratus.lambda.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.DurableServers;
import dev.stratus.lambda.TestFunctions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** With a data directory, functions and their code outlive the server. */
class DurableFunctionsTest {

    @TempDir
    Path dataDir;

    @Test
    void aFunctionCreatedBeforeARestartIsInvokedAfterIt() {
        try (Stratus first = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(first)) {
            TestFunctions.create(lambda, "durable", TestFunctions.ECHO);
            lambda.publishVersion(r -> r.functionName("durable"));
        }
        assertTrue(Files.isDirectory(dataDir.resolve("lambda").resolve("code")), "code is kept under the data directory");

        try (Stratus second = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(second)) {
            assertEquals("1", lambda.invoke(r -> r.functionName("durable:1")
                    .payload(SdkBytes.fromUtf8String("\"again\""))).executedVersion());
            assertEquals("\"again\"", lambda.invoke(r -> r.functionName("durable")
                    .payload(SdkBytes.fromUtf8String("\"again\""))).payload().asUtf8String());
        }
    }
}
