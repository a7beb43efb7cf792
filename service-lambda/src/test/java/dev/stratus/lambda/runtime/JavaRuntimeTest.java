package dev.stratus.lambda.runtime;

import static dev.stratus.lambda.runtime.FunctionFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
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
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

            public class Hello implements RequestHandler<Map<String, Object>, String> {
                @Override
                public String handleRequest(Map<String, Object> event, Context context) {
                    if (event.containsKey("fail")) {
                        throw new IllegalStateException("asked to fail");
                    }
                    context.getLogger().log("hello from java");
                    context.getLogger().log("one event per log call");
                    System.out.println("and standard output");
                    return "Hello, " + event.get("name") + " from " + context.getFunctionName();
                }
            }
            """;

    private static final String UPPER_STREAM_HANDLER = """
            package example;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
            import java.io.IOException;
            import java.io.InputStream;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;

            public class Upper implements RequestStreamHandler {
                @Override
                public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
                    out.write(new String(in.readAllBytes(), StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8));
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
        assertTrue(result.log().contains("\nhello from java\none event per log call\n"), result.log());
        assertTrue(result.log().contains("\nand standard output\n"), result.log());
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

    @Test
    void streamHandlerFromAJarInLibAnswersWithItsRawOutput() throws IOException {
        var function = fixture.function("java21", "example.Upper", Map.of("src/example/Upper.java", UPPER_STREAM_HANDLER));
        Path code = function.spec().codeDirectory();
        Path classes = root.resolve("upper-classes");
        compile(code.resolve("src/example/Upper.java"), classes);
        jar(classes, code.resolve("lib/upper.jar"));

        InvocationResult result = fixture.invoke(function.spec(), "{\"say\":\"hi\"}");

        assertFalse(result.failed(), text(result) + result.log());
        assertEquals("{\"SAY\":\"HI\"}", text(result));
    }

    private FunctionFixture.Function compiledHelloFunction() {
        var function = fixture.function("java17", "example.Hello::handleRequest",
                Map.of("src/example/Hello.java", HELLO_HANDLER));
        Path code = function.spec().codeDirectory();
        compile(code.resolve("src/example/Hello.java"), code);
        return function;
    }

    private static void compile(Path source, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertEquals(0, status, "the test handler compiles");
    }

    private static void jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path file : files) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
