package dev.stratus.lambda.runtime;

import static dev.stratus.lambda.runtime.FunctionFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.runtime.launch.NodeSdk;
import dev.stratus.lambda.runtime.launch.NodeSdkCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The AWS SDK for JavaScript that the managed runtimes bundle. The first run installs it with npm into the
 * user's SDK cache (the npm registry must be reachable then); later runs reuse it.
 */
class NodeSdkTest {

    private static final String REFERENCE_FUNCTION = """
            console.log('Loading function');
            var AWS = require('aws-sdk');
            exports.handler = (event, context, callback) => {
              event.Records.forEach(r => console.log('Stream record: ', JSON.stringify(r, null, 2)));
              callback(null, `Successfully processed ${event.Records.length} records.`);
            };
            """;
    private static final String ONE_STREAM_RECORD = """
            {"Records":[{"eventID":"1","eventName":"INSERT","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
             "dynamodb":{"Keys":{"id":{"S":"1"}},"NewImage":{"id":{"S":"1"}},"SequenceNumber":"100",
             "SizeBytes":10,"StreamViewType":"NEW_AND_OLD_IMAGES"}}]}""";

    @TempDir
    Path root;

    @BeforeAll
    static void needsNode() {
        FunctionFixture.assumeExecutable("node");
    }

    @Test
    void referenceScenarioFunctionRequiringTheSdkProcessesItsRecords() {
        try (FunctionFixture fixture = new FunctionFixture(root)) {
            var function = fixture.function("nodejs16.x", "index.handler", Map.of("index.js", REFERENCE_FUNCTION));

            InvocationResult result = fixture.invoke(function.spec(), ONE_STREAM_RECORD);

            assertFalse(result.failed(), text(result));
            assertEquals("\"Successfully processed 1 records.\"", text(result));
            assertTrue(result.log().contains("INFO\tStream record:  {"), result.log());
        }
    }

    @Test
    void sdkV2CallsGoToStratus() {
        try (FunctionFixture fixture = new FunctionFixture(root)) {
            var function = fixture.function("nodejs16.x", "index.handler", Map.of("index.js", """
                    const AWS = require('aws-sdk');
                    exports.handler = async () => new AWS.DynamoDB().endpoint.href;"""));

            assertEquals("\"http://127.0.0.1:4566/\"", text(fixture.invoke(function.spec(), "{}")));
        }
    }

    @Test
    void sdkV2ImportedByAnEsModuleGoesToStratus() {
        try (FunctionFixture fixture = new FunctionFixture(root)) {
            var function = fixture.function("nodejs16.x", "index.handler", Map.of("index.mjs", """
                    import AWS from 'aws-sdk';
                    export const handler = async () => new AWS.DynamoDB().endpoint.href;"""));

            InvocationResult result = fixture.invoke(function.spec(), "{}");

            assertEquals("\"http://127.0.0.1:4566/\"", text(result), result.log());
        }
    }

    @Test
    void sdkV3ClientsImportInEsModulesOnNewerRuntimesAndGoToStratus() {
        try (FunctionFixture fixture = new FunctionFixture(root)) {
            var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.mjs", """
                    import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
                    export const handler = async () => {
                      const client = new DynamoDBClient({});
                      client.middlewareStack.add(() => async (args) => {
                        throw Object.assign(new Error('not sent'), { target: `${args.request.hostname}:${args.request.port}` });
                      }, { step: 'finalizeRequest' });
                      try {
                        await client.send(new ListTablesCommand({}));
                      } catch (e) {
                        return e.target;
                      }
                    };"""));

            InvocationResult result = fixture.invoke(function.spec(), "{}");

            assertEquals("\"127.0.0.1:4566\"", text(result), result.log());
        }
    }

    @Test
    void sdkV3ClientsRequireInCommonJsModules() {
        try (FunctionFixture fixture = new FunctionFixture(root)) {
            var function = fixture.function("nodejs22.x", "index.handler", Map.of("index.js", """
                    const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');
                    exports.handler = async () => typeof DynamoDBDocumentClient.from;"""));

            assertEquals("\"function\"", text(fixture.invoke(function.spec(), "{}")));
        }
    }

    @Test
    void offlineWithNothingCachedTheSdkRequireIsAnImportModuleError() throws IOException {
        Path node = nodeBesideAFailingNpm();
        RuntimeSettings settings = RuntimeSettings.defaults(root.resolve("work"))
                .withExecutables(node.toString(), "python3", "java")
                .withNodeSdkCache(root.resolve("empty-sdk-cache"));
        ListAppender<ILoggingEvent> serverLog = new ListAppender<>();
        serverLog.start();
        ((Logger) LoggerFactory.getLogger(NodeSdkCache.class)).addAppender(serverLog);
        try (FunctionFixture fixture = new FunctionFixture(root, settings, Clock.systemUTC())) {
            var function = fixture.function("nodejs16.x", "index.handler", Map.of("index.js", REFERENCE_FUNCTION));

            InvocationResult result = fixture.invoke(function.spec(), ONE_STREAM_RECORD);

            JsonNode error = new ObjectMapper().readTree(result.payload());
            assertEquals("Runtime.ImportModuleError", error.get("errorType").asText());
            assertTrue(error.get("errorMessage").asText().startsWith("Error: Cannot find module 'aws-sdk'"), text(result));
            assertTrue(serverLog.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .anyMatch(line -> line.contains("npm install --prefix " + root.resolve("empty-sdk-cache"))),
                    "the server log says how to provision the SDK");
        } finally {
            ((Logger) LoggerFactory.getLogger(NodeSdkCache.class)).detachAppender(serverLog);
        }
    }

    @Test
    void concurrentFirstInvocationsInstallTheSdkOnce() throws IOException {
        Path installs = root.resolve("npm-installs.log");
        Path node = nodeBesideNpm("""
                #!/bin/sh
                while [ "$1" != "--prefix" ]; do shift; done
                echo install >> %s
                sleep 1
                mkdir -p "$2/node_modules/aws-sdk"
                echo 'module.exports = { provided: "by stratus" };' > "$2/node_modules/aws-sdk/index.js"
                """.formatted(installs));
        RuntimeSettings settings = RuntimeSettings.defaults(root.resolve("work"))
                .withExecutables(node.toString(), "python3", "java")
                .withNodeSdkCache(root.resolve("sdk-cache"));
        try (FunctionFixture fixture = new FunctionFixture(root, settings, Clock.systemUTC())) {
            String code = "exports.handler = async () => require('aws-sdk').provided;";
            var first = fixture.function("nodejs16.x", "index.handler", Map.of("index.js", code));
            var second = fixture.function("nodejs16.x", "index.handler", Map.of("index.js", code));

            var results = Stream.of(first, second)
                    .map(function -> CompletableFuture.supplyAsync(() -> fixture.invoke(function.spec(), "{}")))
                    .toList().stream().map(CompletableFuture::join).map(FunctionFixture::text).toList();

            assertEquals(List.of("\"by stratus\"", "\"by stratus\""), results);
            assertEquals(List.of("install"), Files.readAllLines(installs));
        }
    }

    @Test
    void withACachePreparedAheadStartAndInvokeNeverRunNpm() throws IOException {
        Path npmCalls = root.resolve("npm-calls.log");
        Path node = nodeBesideNpm("#!/bin/sh\necho \"$@\" >> " + npmCalls + "\nexit 1\n");
        Path cache = root.resolve("prepared-sdk-cache");
        Path sdkV2 = Files.createDirectories(cache.resolve("aws-sdk-" + NodeSdk.V2.version() + "/node_modules/aws-sdk"));
        Files.writeString(sdkV2.resolve("index.js"), "module.exports = { provided: 'by hand' };");
        Files.createDirectories(cache.resolve("aws-sdk-" + NodeSdk.V3.version() + "/node_modules/@aws-sdk/client-dynamodb"));
        RuntimeSettings settings = RuntimeSettings.defaults(root.resolve("work"))
                .withExecutables(node.toString(), "python3", "java")
                .withNodeSdkCache(cache)
                .withNodeSdkPrepareAtStart(true);
        try (FunctionFixture fixture = new FunctionFixture(root, settings, Clock.systemUTC())) {
            fixture.invoker().start();
            var function = fixture.function("nodejs16.x", "index.handler", Map.of("index.js",
                    "const AWS = require('aws-sdk');\nexports.handler = async () => AWS.provided;"));

            InvocationResult result = fixture.invoke(function.spec(), "{}");

            assertEquals("\"by hand\"", text(result), result.log());
            assertTrue(Files.notExists(npmCalls), "npm was called");
        }
    }

    /** A {@code node} that runs the real one, with an {@code npm} beside it that fails as offline npm does. */
    private Path nodeBesideAFailingNpm() throws IOException {
        return nodeBesideNpm("#!/bin/sh\necho 'npm error code ENOTFOUND' >&2\nexit 1\n");
    }

    private Path nodeBesideNpm(String npmScript) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path node = executable(bin.resolve("node"), "#!/bin/sh\nexec node \"$@\"\n");
        executable(bin.resolve("npm"), npmScript);
        return node;
    }

    private static Path executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
