package dev.stratus.lambda.cleanup;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.TestZips;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Environment;

/**
 * Code no function version and no layer version refers to any more is deleted: its download location
 * ({@code Code.Location}, a layer's {@code Content.Location}) answers 404 once it is.
 */
class UnusedCodeTest {

    // One function waits for a file of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.isolation", "process").build();

    private static final Duration COLLECTION = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path markers;

    private final LambdaClient lambda = stratus.client(LambdaClient.class);

    @Test
    void aDeletedFunctionsCodeIsDeleted() {
        String location = createAndLocate("deleted-whole", "exports.handler = async () => 'deleted whole';");

        lambda.deleteFunction(r -> r.functionName("deleted-whole"));

        awaitGone(location);
    }

    @Test
    void codeAnotherFunctionStillUsesIsKept() {
        SdkBytes shared = SdkBytes.fromByteArray(TestZips.of("index.js", "exports.handler = async () => 'shared';"));
        for (String name : List.of("sharing-one", "sharing-two")) {
            lambda.createFunction(TestFunctions.node(name, "").code(c -> c.zipFile(shared)).build());
        }
        String location = lambda.getFunction(r -> r.functionName("sharing-one")).code().location();
        assertEquals(location, lambda.getFunction(r -> r.functionName("sharing-two")).code().location());

        lambda.deleteFunction(r -> r.functionName("sharing-one"));

        awaitCollection();
        assertEquals(200, status(location));
    }

    @Test
    void codeReplacedEverywhereIsDeletedButThePublishedVersionKeepsItsOwn() {
        String first = createAndLocate("replaced", "exports.handler = async () => 'first';");
        lambda.publishVersion(r -> r.functionName("replaced"));
        lambda.updateFunctionCode(r -> r.functionName("replaced")
                .zipFile(SdkBytes.fromByteArray(TestZips.of("index.js", "exports.handler = async () => 'second';"))));
        lambda.waiter().waitUntilFunctionUpdatedV2(r -> r.functionName("replaced"));
        String second = lambda.getFunction(r -> r.functionName("replaced")).code().location();
        awaitCollection();
        assertEquals(200, status(first));

        lambda.deleteFunction(r -> r.functionName("replaced").qualifier("1"));

        awaitGone(first);
        assertEquals(200, status(second));
    }

    @Test
    void aDeletedLayerVersionsContentStaysWhileAFunctionUsesIt() {
        String layer = lambda.publishLayerVersion(r -> r.layerName("still-used").content(c -> c.zipFile(
                SdkBytes.fromByteArray(TestZips.of("nodejs/node_modules/kept/index.js", "module.exports = 1;")))))
                .layerVersionArn();
        String content = lambda.getLayerVersionByArn(r -> r.arn(layer)).content().location();
        lambda.createFunction(TestFunctions.node("layered", TestFunctions.ECHO).layers(layer).build());
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("layered"));

        lambda.deleteLayerVersion(r -> r.layerName("still-used").versionNumber(1L));
        awaitCollection();
        assertEquals(200, status(content));
        lambda.deleteFunction(r -> r.functionName("layered"));

        awaitGone(content);
    }

    @Test
    void aDeletedLayerVersionNoFunctionUsesIsDeleted() {
        String layer = lambda.publishLayerVersion(r -> r.layerName("unused").content(c -> c.zipFile(
                SdkBytes.fromByteArray(TestZips.of("bin/tool", "unused"))))).layerVersionArn();
        String content = lambda.getLayerVersionByArn(r -> r.arn(layer)).content().location();

        lambda.deleteLayerVersion(r -> r.layerName("unused").versionNumber(1L));

        awaitGone(content);
    }

    @Test
    void aFunctionDeletedWhileItRunsFinishesWithItsCodeWhichIsDeletedAfter() throws IOException {
        Path started = markers.resolve("started");
        Path go = markers.resolve("go");
        byte[] zip = TestZips.zip()
                .file("index.js", "const fs = require('fs'); exports.handler = async () => { "
                        + "fs.writeFileSync(process.env.STARTED, 'yes'); "
                        + "while (!fs.existsSync(process.env.GO)) { await new Promise((r) => setTimeout(r, 20)); } "
                        + "return require('./late.js'); };")
                .file("late.js", "module.exports = 'read after the deletion';")
                .bytes();
        lambda.createFunction(TestFunctions.node("deleted-running", "").code(c -> c.zipFile(SdkBytes.fromByteArray(zip)))
                .environment(Environment.builder().variables(Map.of("STARTED", started.toString(), "GO", go.toString()))
                        .build()).build());
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("deleted-running"));
        String location = lambda.getFunction(r -> r.functionName("deleted-running")).code().location();
        CompletableFuture<String> running = CompletableFuture.supplyAsync(
                () -> lambda.invoke(r -> r.functionName("deleted-running")).payload().asUtf8String());
        await().atMost(COLLECTION).until(() -> Files.exists(started));

        lambda.deleteFunction(r -> r.functionName("deleted-running"));
        awaitCollection();
        Files.writeString(go, "go");

        assertEquals("\"read after the deletion\"", running.join());
        awaitGone(location);
    }

    private String createAndLocate(String name, String source) {
        TestFunctions.create(lambda, name, source);
        return lambda.getFunction(r -> r.functionName(name)).code().location();
    }

    /** Waits until a collection has run since now: the one deleting a function of its own. */
    private void awaitCollection() {
        String marker = "collection-marker-" + System.nanoTime();
        String location = createAndLocate(marker, "exports.handler = async () => '" + marker + "';");
        lambda.deleteFunction(r -> r.functionName(marker));
        awaitGone(location);
    }

    private static void awaitGone(String location) {
        await().atMost(COLLECTION).until(() -> status(location) == 404);
    }

    private static int status(String location) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
