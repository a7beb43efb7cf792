package dev.stratus.lambda.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.DurableServers;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.TestZips;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** With a data directory, layers and the functions using them outlive the server. */
class DurableLayersTest {

    @TempDir
    Path dataDir;

    @Test
    void aLayerPublishedBeforeARestartServesItsFunctionAfterIt() {
        try (Stratus first = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(first)) {
            String layer = lambda.publishLayerVersion(r -> r.layerName("durable-layer")
                    .content(c -> c.zipFile(SdkBytes.fromByteArray(TestZips.of("nodejs/node_modules/greeter/index.js",
                            "module.exports = () => 'kept';"))))).layerVersionArn();
            lambda.createFunction(TestFunctions.node("durable-greeter",
                    "exports.handler = async () => require('greeter')();").layers(layer).build());
        }

        try (Stratus second = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(second)) {
            assertEquals(1L, lambda.getLayerVersion(r -> r.layerName("durable-layer").versionNumber(1L)).version());
            assertEquals("\"kept\"", lambda.invoke(r -> r.functionName("durable-greeter")).payload().asUtf8String());
            assertEquals(2L, lambda.publishLayerVersion(r -> r.layerName("durable-layer")
                    .content(c -> c.zipFile(SdkBytes.fromByteArray(TestZips.of("a.txt", "a"))))).version());
        }
    }
}
