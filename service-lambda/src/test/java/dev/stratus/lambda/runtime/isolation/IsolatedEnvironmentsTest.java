package dev.stratus.lambda.runtime.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.TestZips;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * What every isolation mode guarantees a function: a {@code /tmp} no other environment sees, its memory size
 * enforced as Lambda enforces it, and its environments listed in the health report.
 */
abstract class IsolatedEnvironmentsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Reports where the function runs, its layer's file, and which of the paths in the event it can see. */
    static final String REPORTER = """
            const fs = require('fs');
            const os = require('os');
            exports.handler = async (event) => ({
              cwd: process.cwd(),
              taskRoot: process.env.LAMBDA_TASK_ROOT,
              optDir: process.env.LAMBDA_OPT_DIR,
              opt: fs.readdirSync(process.env.LAMBDA_OPT_DIR),
              layerFile: fs.readFileSync(process.env.LAMBDA_OPT_DIR + '/data/hello.txt', 'utf8'),
              tmp: os.tmpdir(),
              home: process.env.HOME || null,
              visible: (event.paths || []).filter(path => fs.existsSync(path)),
            });
            """;
    private static final String TMP_WRITER = """
            const fs = require('fs');
            const os = require('os');
            exports.handler = async (event) => {
              const file = os.tmpdir() + '/secret.txt';
              if (event.write) fs.writeFileSync(file, 'mine');
              return fs.existsSync(file);
            };
            """;
    private static final String MEMORY_HOG = """
            const kept = [];
            exports.handler = async () => {
              for (;;) {
                kept.push(Buffer.alloc(8 * 1024 * 1024, 1));
                await new Promise(resolve => setImmediate(resolve));
              }
            };
            """;
    private static final int HOG_TIMEOUT_SECONDS = 60;

    abstract StratusExtension stratus();

    /** The isolation the server runs with, as the health report names it. */
    abstract String mode();

    @Test
    void tmpWrittenInOneEnvironmentIsNotSeenByAnother(LambdaClient lambda) {
        TestFunctions.create(lambda, "tmp-writer", TMP_WRITER);
        TestFunctions.create(lambda, "tmp-reader", TMP_WRITER);

        assertEquals("true", invoke(lambda, "tmp-writer", "{\"write\":true}"));
        assertEquals("true", invoke(lambda, "tmp-writer", "{}"), "a warm environment keeps its /tmp");
        assertEquals("false", invoke(lambda, "tmp-reader", "{}"));
    }

    @Test
    void functionOverItsMemorySizeEndsAsLambdaEndsItLongBeforeItsTimeout(LambdaClient lambda) {
        lambda.createFunction(TestFunctions.node("memory-hog", MEMORY_HOG).memorySize(128)
                .timeout(HOG_TIMEOUT_SECONDS).build());
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("memory-hog"));
        long started = System.nanoTime();

        InvokeResponse response = lambda.invoke(r -> r.functionName("memory-hog"));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        JsonNode error = json(response.payload().asUtf8String());
        assertEquals("Unhandled", response.functionError());
        assertEquals("Runtime.ExitError", error.path("errorType").asText());
        assertTrue(error.path("errorMessage").asText().matches(
                "RequestId: [0-9a-f-]+ Error: Runtime exited with error: signal: killed"), error.toString());
        assertTrue(took.compareTo(Duration.ofSeconds(HOG_TIMEOUT_SECONDS / 2)) < 0, took::toString);
        assertTrue(stratus().functionLogs("memory-hog").stream()
                .anyMatch(line -> line.startsWith("REPORT ") && line.contains("Max Memory Used: 128 MB")),
                () -> String.join("\n", stratus().functionLogs("memory-hog")));
    }

    @Test
    void healthReportListsEachEnvironmentWithItsStateIsolationAndMemoryPeak(LambdaClient lambda, URI endpoint)
            throws IOException, InterruptedException {
        TestFunctions.create(lambda, "listed", TestFunctions.ECHO);
        invoke(lambda, "listed", "{}");

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(endpoint.resolve("/_stratus/health")).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode checks = json(health.body()).path("services").path("lambda").path("checks");
        assertTrue(StreamSupport.stream(checks.spliterator(), false).map(check -> check.path("detail").asText())
                .anyMatch(detail -> detail.contains("isolated as " + mode())
                        && detail.matches(".*:function:listed:\\$LATEST warm, " + mode() + ", memory peak [1-9][0-9]* MB.*")),
                checks::toString);
    }

    /** A function running {@link #REPORTER}, with one layer holding {@code data/hello.txt}. */
    static void createReporter(LambdaClient lambda, String name) {
        String layer = lambda.publishLayerVersion(r -> r.layerName(name + "-files").content(c -> c.zipFile(
                SdkBytes.fromByteArray(TestZips.of("data/hello.txt", "from the layer"))))).layerVersionArn();
        lambda.createFunction(TestFunctions.node(name, REPORTER).layers(layer).build());
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName(name));
    }

    static String invoke(LambdaClient lambda, String name, String payload) {
        InvokeResponse response = lambda.invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String(payload)));
        assertFalse(response.functionError() != null, response.payload()::asUtf8String);
        return response.payload().asUtf8String();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }
}
