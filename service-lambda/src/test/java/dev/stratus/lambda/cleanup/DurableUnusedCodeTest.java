package dev.stratus.lambda.cleanup;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.DurableServers;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.TestZips;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** With a data directory, the code and merged layers nothing uses any more leave it. */
class DurableUnusedCodeTest {

    @TempDir
    Path dataDir;

    @Test
    void deletingAFunctionAndItsLayerEmptiesTheCodeAndLayerDirectories() {
        try (Stratus stratus = DurableServers.start(dataDir); LambdaClient lambda = DurableServers.client(stratus)) {
            String layer = lambda.publishLayerVersion(r -> r.layerName("greeting").content(c -> c.zipFile(
                    SdkBytes.fromByteArray(TestZips.of("nodejs/node_modules/greeting/index.js",
                            "module.exports = 'hello';"))))).layerVersionArn();
            lambda.createFunction(TestFunctions.node("greeter", "exports.handler = async () => require('greeting');")
                    .layers(layer).build());
            lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("greeter"));
            assertEquals("\"hello\"", lambda.invoke(r -> r.functionName("greeter")).payload().asUtf8String());
            assertEquals(4, entries("code").size());
            assertEquals(1, entries("opt").size());

            lambda.deleteFunction(r -> r.functionName("greeter"));
            lambda.deleteLayerVersion(r -> r.layerName("greeting").versionNumber(1L));

            await().atMost(Duration.ofSeconds(30)).until(() -> entries("code").isEmpty() && entries("opt").isEmpty());
        }
    }

    /** The entries of {@code lambda/<kind>} in the data directory. */
    private List<Path> entries(String kind) {
        Path directory = dataDir.resolve("lambda").resolve(kind);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
