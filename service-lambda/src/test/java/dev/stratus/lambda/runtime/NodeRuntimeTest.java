package dev.stratus.lambda.runtime;

import static dev.stratus.lambda.runtime.FunctionFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    FunctionFixture fixture;

    @BeforeAll
    static void needsNode() {
        FunctionFixture.assumeExecutable("node");
    }

    @BeforeEach
    void startInvoker() {
        fixture = new FunctionFixture(root);
    }

    @AfterEach
    void stopInvoker() {
        fixture.close();
    }

    @Test
    void callbackHandlerAnswersWithTheCallbackResult() {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = (event, context, callback) => callback(null, {echo: event.name});"));

        InvocationResult result = fixture.invoke(function.spec(), "{\"name\":\"stratus\"}");

        assertFalse(result.failed(), text(result));
        assertEquals("{\"echo\":\"stratus\"}", text(result));
    }

    @Test
    void asyncHandlerAnswersWithWhatItReturns() {
        var function = fixture.function("nodejs22.x", "index.handler", Map.of("index.js",
                "exports.handler = async (event) => { await new Promise(r => setTimeout(r, 5)); return event.n * 2; };"));

        InvocationResult result = fixture.invoke(function.spec(), "{\"n\":21}");

        assertEquals("42", text(result));
    }

    @Test
    void promiseHandlerAnswersWithTheResolvedValue() {
        var function = fixture.function("nodejs18.x", "index.handler", Map.of("index.js",
                "exports.handler = (event) => Promise.resolve('resolved');"));

        assertEquals("\"resolved\"", text(fixture.invoke(function.spec(), "{}")));
    }

    @Test
    void esModuleHandlerInASubFolderIsImported() {
        var function = fixture.function("nodejs20.x", "src/app.handler", Map.of(
                "src/app.mjs", "export const handler = async (event) => ({ module: 'esm', got: event.value });"));

        assertEquals("{\"module\":\"esm\",\"got\":1}", text(fixture.invoke(function.spec(), "{\"value\":1}")));
    }

    @Test
    void javaScriptFileOfAModulePackageIsImportedAsAnEsModule() {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of(
                "package.json", "{\"type\":\"module\"}",
                "index.js", "export async function handler() { return typeof require; }"));

        assertEquals("\"undefined\"", text(fixture.invoke(function.spec(), "{}")));
    }

    @Test
    void legacyContextSucceedAnswers() {
        var function = fixture.function("nodejs16.x", "index.handler", Map.of("index.js",
                "exports.handler = function (event, context) { context.succeed('legacy'); };"));

        assertEquals("\"legacy\"", text(fixture.invoke(function.spec(), "{}")));
    }

    @Test
    void legacyContextFailFailsTheInvocation() {
        var function = fixture.function("nodejs16.x", "index.handler", Map.of("index.js",
                "exports.handler = function (event, context) { context.fail(new Error('legacy failure')); };"));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("Unhandled", result.functionError());
        assertTrue(text(result).contains("\"errorMessage\":\"legacy failure\""), text(result));
    }

    @Test
    void handlerThatNeverCallsBackAnswersNullOnceItsWorkIsDone() {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = function (event, context, callback) { setTimeout(() => {}, 10); };"));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertFalse(result.failed(), text(result));
        assertEquals("null", text(result));
    }

    @Test
    void callbackAnswerWaitsForTheEventLoopToEmptyByDefault() {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", """
                let ticks = 0;
                exports.handler = (event, context, callback) => {
                  callback(null, 'done');
                  setTimeout(() => console.log('tick ' + (++ticks)), 50);
                };"""));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("\"done\"", text(result));
        assertTrue(result.log().contains("INFO\ttick 1"), result.log());
    }

    @Test
    void callbackAnswersAtOnceWhenTheFunctionDoesNotWaitForTheEventLoop() {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", """
                exports.handler = (event, context, callback) => {
                  context.callbackWaitsForEmptyEventLoop = false;
                  setTimeout(() => console.log('much later'), 60000);
                  callback(null, 'at once');
                };"""));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("\"at once\"", text(result));
        assertFalse(result.failed());
    }

    @Test
    void contextDescribesTheInvocation() throws Exception {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", """
                exports.handler = async (event, context) => ({
                  functionName: context.functionName, functionVersion: context.functionVersion,
                  invokedFunctionArn: context.invokedFunctionArn, memoryLimitInMB: context.memoryLimitInMB,
                  awsRequestId: context.awsRequestId, logGroupName: context.logGroupName,
                  logStreamName: context.logStreamName, remaining: context.getRemainingTimeInMillis(),
                  waits: context.callbackWaitsForEmptyEventLoop });"""));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        JsonNode context = JSON.readTree(result.payload());
        assertEquals(function.spec().functionName(), context.get("functionName").asText());
        assertEquals("$LATEST", context.get("functionVersion").asText());
        assertEquals(function.spec().qualifiedFunctionArn(), context.get("invokedFunctionArn").asText());
        assertEquals("128", context.get("memoryLimitInMB").asText());
        assertEquals(36, context.get("awsRequestId").asText().length());
        assertEquals("/aws/lambda/" + function.spec().functionName(), context.get("logGroupName").asText());
        assertTrue(context.get("logStreamName").asText().contains("[$LATEST]"));
        long remaining = context.get("remaining").asLong();
        assertTrue(remaining > 20_000 && remaining <= 30_000, "remaining " + remaining);
        assertTrue(context.get("waits").asBoolean());
    }

    @Test
    void clientContextOfTheInvocationReachesTheHandler() {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = async (event, context) => context.clientContext.custom.tenant;"));

        InvocationResult result = fixture.invoker().invoke(new InvocationRequest(function.spec(), "req-ctx",
                "{}".getBytes(StandardCharsets.UTF_8), "{\"custom\":{\"tenant\":\"acme\"}}"));

        assertEquals("\"acme\"", text(result));
    }

    @Test
    void responseLargerThanSixMegabytesFailsTheInvocation() throws Exception {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = async () => 'x'.repeat(7 * 1024 * 1024);"));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("Unhandled", result.functionError());
        assertEquals("Function.ResponseSizeTooLarge", JSON.readTree(result.payload()).get("errorType").asText());
    }

    @Test
    void thrownErrorIsReportedWithItsTypeMessageAndTrace() throws Exception {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = async () => { throw new TypeError('boom'); };"));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("Unhandled", result.functionError());
        JsonNode error = JSON.readTree(result.payload());
        assertEquals("TypeError", error.get("errorType").asText());
        assertEquals("boom", error.get("errorMessage").asText());
        assertEquals("TypeError: boom", error.get("trace").get(0).asText());
    }

    @Test
    void callbackErrorStringIsReportedAsAStringError() throws Exception {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = (event, context, callback) => callback('went wrong');"));

        JsonNode error = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        assertEquals("string", error.get("errorType").asText());
        assertEquals("went wrong", error.get("errorMessage").asText());
    }

    @Test
    void missingHandlerModuleIsAnImportModuleError() throws Exception {
        var function = fixture.function("nodejs20.x", "missing.handler", Map.of("index.js", "exports.handler = 1;"));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("Unhandled", result.functionError());
        JsonNode error = JSON.readTree(result.payload());
        assertEquals("Runtime.ImportModuleError", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().startsWith("Error: Cannot find module 'missing'"), text(result));
    }

    @Test
    void missingExportIsAHandlerNotFoundError() throws Exception {
        var function = fixture.function("nodejs20.x", "index.nope", Map.of("index.js", "exports.handler = () => 1;"));

        JsonNode error = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        assertEquals("Runtime.HandlerNotFound", error.get("errorType").asText());
        assertEquals("index.nope is undefined or not exported", error.get("errorMessage").asText());
    }

    @Test
    void unhandledRejectionFailsTheInvocation() throws Exception {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", """
                exports.handler = async () => {
                  Promise.reject(new Error('lost'));
                  await new Promise(r => setTimeout(r, 1000));
                  return 'too late';
                };"""));

        JsonNode error = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        assertEquals("Runtime.UnhandledPromiseRejection", error.get("errorType").asText());
        assertEquals("Error: lost", error.get("errorMessage").asText());
    }

    @Test
    void processThatExitsIsAnExitError() throws Exception {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = async () => { process.exit(3); };"));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        JsonNode error = JSON.readTree(result.payload());
        assertEquals("Runtime.ExitError", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().endsWith("Error: Runtime exited with error: exit status 3"),
                text(result));
        assertTrue(result.log().contains("Runtime.ExitError"), result.log());
    }

    @Test
    void consoleLinesAreFramedByStartEndAndReport() {
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "console.log('Loading function');\n"
                        + "exports.handler = async (event, context) => { console.log('hello', event.who); return 1; };"));

        InvocationResult first = fixture.invoke(function.spec(), "{\"who\":\"world\"}");
        InvocationResult second = fixture.invoke(function.spec(), "{\"who\":\"again\"}");

        String[] lines = first.log().split("\n");
        assertTrue(lines[0].endsWith("\tundefined\tINFO\tLoading function"), first.log());
        assertTrue(lines[1].startsWith("START RequestId: "), first.log());
        assertTrue(lines[1].endsWith(" Version: $LATEST"), first.log());
        assertTrue(lines[2].endsWith("\tINFO\thello world"), first.log());
        assertTrue(lines[3].startsWith("END RequestId: "), first.log());
        assertTrue(lines[4].matches("REPORT RequestId: \\S+\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms\t"
                + "Memory Size: 128 MB\tMax Memory Used: \\d+ MB\tInit Duration: \\d+\\.\\d\\d ms\t"), lines[4]);
        assertFalse(second.log().contains("Loading function"), second.log());
        assertFalse(second.log().contains("Init Duration"), second.log());
        assertTrue(second.log().contains("INFO\thello again"), second.log());
    }
}
