package dev.stratus.lambda.runtime;

import static dev.stratus.lambda.runtime.FunctionFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    FunctionFixture fixture;

    @BeforeAll
    static void needsPython() {
        FunctionFixture.assumeExecutable("python3");
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
    void handlerAnswersWithWhatItReturns() {
        var function = fixture.function("python3.12", "app.handler", Map.of("app.py", """
                def handler(event, context):
                    print("got", event["name"])
                    return {"echo": event["name"]}
                """));

        InvocationResult result = fixture.invoke(function.spec(), "{\"name\":\"stratus\"}");

        assertFalse(result.failed(), text(result));
        assertEquals("{\"echo\": \"stratus\"}", text(result));
        assertTrue(result.log().contains("\ngot stratus\n"), result.log());
    }

    @Test
    void handlerInASubFolderIsImported() {
        var function = fixture.function("python3.11", "src/app.handler", Map.of(
                "src/__init__.py", "",
                "src/app.py", "def handler(event, context):\n    return 'nested'\n"));

        assertEquals("\"nested\"", text(fixture.invoke(function.spec(), "{}")));
    }

    @Test
    void contextDescribesTheInvocation() throws Exception {
        var function = fixture.function("python3.12", "app.handler", Map.of("app.py", """
                def handler(event, context):
                    return {"function_name": context.function_name, "function_version": context.function_version,
                            "invoked_function_arn": context.invoked_function_arn,
                            "memory_limit_in_mb": context.memory_limit_in_mb, "aws_request_id": context.aws_request_id,
                            "log_group_name": context.log_group_name, "log_stream_name": context.log_stream_name,
                            "remaining": context.get_remaining_time_in_millis()}
                """));

        JsonNode context = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        assertEquals(function.spec().functionName(), context.get("function_name").asText());
        assertEquals("$LATEST", context.get("function_version").asText());
        assertEquals(function.spec().qualifiedFunctionArn(), context.get("invoked_function_arn").asText());
        assertEquals("128", context.get("memory_limit_in_mb").asText());
        assertEquals(36, context.get("aws_request_id").asText().length());
        assertEquals("/aws/lambda/" + function.spec().functionName(), context.get("log_group_name").asText());
        long remaining = context.get("remaining").asLong();
        assertTrue(remaining > 20_000 && remaining <= 30_000, "remaining " + remaining);
    }

    @Test
    void raisedExceptionIsReportedWithItsTypeMessageAndStackTrace() throws Exception {
        var function = fixture.function("python3.12", "app.handler", Map.of("app.py", """
                def handler(event, context):
                    raise ValueError("boom")
                """));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("Unhandled", result.functionError());
        JsonNode error = JSON.readTree(result.payload());
        assertEquals("ValueError", error.get("errorType").asText());
        assertEquals("boom", error.get("errorMessage").asText());
        assertTrue(error.get("stackTrace").get(0).asText().contains("raise ValueError(\"boom\")"), text(result));
    }

    @Test
    void missingModuleIsAnImportModuleError() throws Exception {
        var function = fixture.function("python3.12", "app.handler", Map.of("other.py", ""));

        JsonNode error = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        assertEquals("Runtime.ImportModuleError", error.get("errorType").asText());
        assertEquals("Unable to import module 'app': No module named 'app'", error.get("errorMessage").asText());
    }

    @Test
    void syntaxErrorInTheModuleIsAUserCodeSyntaxError() throws Exception {
        var function = fixture.function("python3.12", "app.handler", Map.of("app.py", "def handler(event, context)\n    pass\n"));

        JsonNode error = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        assertEquals("Runtime.UserCodeSyntaxError", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().startsWith("Syntax error in module 'app'"), error.toString());
    }

    @Test
    void missingFunctionIsAHandlerNotFoundError() throws Exception {
        var function = fixture.function("python3.12", "app.handler", Map.of("app.py", "def other(event, context):\n    pass\n"));

        JsonNode error = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        assertEquals("Runtime.HandlerNotFound", error.get("errorType").asText());
        assertEquals("Handler 'handler' missing on module 'app'", error.get("errorMessage").asText());
    }

    @Test
    void handlerThatExitsTheProcessIsAnExitError() throws Exception {
        var function = fixture.function("python3.12", "app.handler", Map.of("app.py", """
                import sys
                def handler(event, context):
                    sys.exit(2)
                """));

        JsonNode error = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        assertEquals("Runtime.ExitError", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().endsWith("Error: Runtime exited with error: exit status 2"));
    }

    @Test
    void boto3FromTheMachineCallsStratus() {
        var probe = fixture.function("python3.12", "probe.handler", Map.of("probe.py", """
                import importlib.util
                def handler(event, context):
                    return importlib.util.find_spec("boto3") is not None
                """));
        assumeTrue("true".equals(text(fixture.invoke(probe.spec(), "{}"))), "boto3 is not installed for python3");
        var function = fixture.function("python3.12", "app.handler", Map.of("app.py", """
                import boto3
                def handler(event, context):
                    return boto3.client("dynamodb").meta.endpoint_url
                """));

        assertEquals("\"http://127.0.0.1:4566\"", text(fixture.invoke(function.spec(), "{}")));
    }
}
