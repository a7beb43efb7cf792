package dev.stratus.lambda.runtime;

import static dev.stratus.lambda.runtime.FunctionFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom runtimes: the function's own {@code bootstrap} runs the Runtime API loop. */
class ProvidedRuntimeTest {

    private static final String SHELL_BOOTSTRAP = """
            #!/bin/sh
            set -eu
            API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
            while true; do
              HEADERS="$(mktemp)"
              EVENT="$(curl -sS -D "$HEADERS" "$API/invocation/next")"
              REQUEST_ID="$(grep -Fi Lambda-Runtime-Aws-Request-Id "$HEADERS" | tr -d '[:space:]' | cut -d: -f2)"
              rm -f "$HEADERS"
              echo "handling $REQUEST_ID with $_HANDLER"
              curl -sS -o /dev/null -X POST "$API/invocation/$REQUEST_ID/response" \\
                -d "{\\"handler\\":\\"$_HANDLER\\",\\"event\\":$EVENT}"
            done
            """;

    @TempDir
    Path root;
    FunctionFixture fixture;

    @BeforeAll
    static void needsCurl() {
        FunctionFixture.assumeExecutable("curl");
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
    void shellBootstrapAnswersThroughTheRuntimeApi() {
        var function = fixture.function("provided.al2", "function.handler", Map.of("bootstrap", SHELL_BOOTSTRAP));

        InvocationResult first = fixture.invoke(function.spec(), "{\"n\":1}");
        InvocationResult second = fixture.invoke(function.spec(), "{\"n\":2}");

        assertFalse(first.failed(), text(first));
        assertEquals("{\"handler\":\"function.handler\",\"event\":{\"n\":1}}", text(first));
        assertEquals("{\"handler\":\"function.handler\",\"event\":{\"n\":2}}", text(second));
        assertTrue(first.log().contains("handling "), first.log());
    }

    @Test
    void missingBootstrapIsAnInvalidEntrypoint() throws Exception {
        var function = fixture.function("provided.al2023", "function.handler", Map.of("main.sh", "echo hi"));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("Unhandled", result.functionError());
        JsonNode error = new ObjectMapper().readTree(result.payload());
        assertEquals("Runtime.InvalidEntrypoint", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().contains("Couldn't find valid bootstrap(s)"), text(result));
    }
}
