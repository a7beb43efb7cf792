package dev.stratus.lambda.runtime;

import static dev.stratus.lambda.runtime.FunctionFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java functions run with the official runtime interface client; the tests compile their handlers. */
class JavaRuntimeTest {

    private static final String HELLO_HANDLER = """
            package example;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import java.util.Map;

            public class Hello implements RequestHandler<Map<String, Object>, String> {
                @Override
                public String handleRequest(Map<String, Object> event, Context context) {
                    if (event.containsKey("fail")) {
                        throw new IllegalStateException("asked to fail");
                    }
                    context.getLogger().log("hello from java");
                    return "Hello, " + event.get("name") + " from " + context.getFunctionName();
                }
            }
            """;

    @TempDir
    Path root;
    FunctionFixture fixture;

    @BeforeAll
    static void needsJava() {
        FunctionFixture.assumeExecutable(Path.of(System.getProperty("java.home"), "bin", "java").toString());
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
    void requestHandlerGetsItsTypedInputAndAnswers() {
        var function = compiledHelloFunction();

        InvocationResult result = fixture.invoke(function.spec(), "{\"name\":\"stratus\"}");

        assertFalse(result.failed(), text(result) + result.log());
        assertEquals("\"Hello, stratus from " + function.spec().functionName() + "\"", text(result));
        assertTrue(result.log().contains("hello from java"), result.log());
    }

    @Test
    void thrownExceptionIsReportedWithItsClassAndMessage() throws Exception {
        var function = compiledHelloFunction();

        InvocationResult result = fixture.invoke(function.spec(), "{\"fail\":true}");

        assertEquals("Unhandled", result.functionError());
        JsonNode error = new ObjectMapper().readTree(result.payload());
        assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
        assertEquals("asked to fail", error.get("errorMessage").asText());
    }

    private FunctionFixture.Function compiledHelloFunction() {
        var function = fixture.function("java17", "example.Hello::handleRequest",
                Map.of("src/example/Hello.java", HELLO_HANDLER));
        Path code = function.spec().codeDirectory();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, List.of("-d", code.toString(),
                "-cp", System.getProperty("java.class.path"),
                code.resolve("src/example/Hello.java").toString()).toArray(String[]::new));
        assertEquals(0, status, "the test handler compiles");
        return function;
    }
}
