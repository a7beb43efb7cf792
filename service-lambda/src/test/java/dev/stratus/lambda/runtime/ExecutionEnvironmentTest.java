package dev.stratus.lambda.runtime;

import static dev.stratus.lambda.runtime.FunctionFixture.isAlive;
import static dev.stratus.lambda.runtime.FunctionFixture.text;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.runtime.isolation.IsolationMode;
import dev.stratus.testkit.TestClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Execution environments: reuse, concurrency, timeouts, reaping and never an orphan process. They run as plain
 * processes, so that a function's {@code process.pid} is the pid Stratus knows.
 */
class ExecutionEnvironmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PID_AFTER = "exports.handler = async (event) => {\n"
            + "  await new Promise(r => setTimeout(r, event.sleepMs || 0));\n"
            + "  return process.pid;\n};";

    @TempDir
    Path root;
    FunctionFixture fixture;

    @BeforeAll
    static void needsNode() {
        FunctionFixture.assumeExecutable("node");
    }

    private RuntimeSettings plainProcesses() {
        return RuntimeSettings.defaults(root.resolve("work")).withIsolation(IsolationMode.PROCESS);
    }

    @AfterEach
    void stopInvoker() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void warmEnvironmentServesTheNextInvocation() {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));

        String first = text(fixture.invoke(function.spec(), "{}"));
        String second = text(fixture.invoke(function.spec(), "{}"));

        assertEquals(first, second);
        assertEquals(List.of(Long.parseLong(first)), fixture.invoker().processIds(function.spec().qualifiedFunctionArn()));
    }

    @Test
    void concurrentInvocationsRunInSeparateEnvironments() {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));

        var first = CompletableFuture.supplyAsync(() -> text(fixture.invoke(function.spec(), "{\"sleepMs\":700}")));
        var second = CompletableFuture.supplyAsync(() -> text(fixture.invoke(function.spec(), "{\"sleepMs\":700}")));

        assertNotEquals(first.join(), second.join());
    }

    @Test
    void invocationsBeyondTheEnvironmentLimitWaitForAFreeOne() {
        fixture = new FunctionFixture(root, plainProcesses().withMaxEnvironmentsPerFunction(1),
                Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));

        var first = CompletableFuture.supplyAsync(() -> text(fixture.invoke(function.spec(), "{\"sleepMs\":300}")));
        var second = CompletableFuture.supplyAsync(() -> text(fixture.invoke(function.spec(), "{\"sleepMs\":300}")));

        assertEquals(first.join(), second.join());
    }

    @Test
    void manyConcurrentInvocationsShareTheLimitedEnvironments() {
        fixture = new FunctionFixture(root, plainProcesses().withMaxEnvironmentsPerFunction(2),
                Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));

        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<CompletableFuture<InvocationResult>> running = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> fixture.invoke(function.spec(), "{\"sleepMs\":100}"),
                        callers))
                .toList();
        List<InvocationResult> results = running.stream().map(CompletableFuture::join).toList();
        callers.shutdown();

        assertTrue(results.stream().noneMatch(InvocationResult::failed));
        long environments = results.stream().map(FunctionFixture::text).distinct().count();
        assertTrue(environments >= 1 && environments <= 2, environments + " environments");
    }

    @Test
    void timeoutFailsTheInvocationAndKillsTheProcessTree() throws Exception {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", """
                const { spawn } = require('child_process');
                exports.handler = async () => {
                  const child = spawn('sleep', ['60']);
                  console.log('child ' + child.pid);
                  await new Promise(() => setInterval(() => {}, 1000));
                };""")).withTimeout(2);

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("Unhandled", result.functionError());
        JsonNode error = JSON.readTree(result.payload());
        assertTrue(error.get("errorMessage").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z \\S+ Task timed out after 2.00 seconds"),
                text(result));
        assertTrue(result.log().contains("Task timed out after 2.00 seconds"), result.log());
        long child = Long.parseLong(result.log().replaceAll("(?s).*INFO\tchild (\\d+).*", "$1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !isAlive(child));
        assertTrue(fixture.invoker().processIds(function.spec().qualifiedFunctionArn()).isEmpty());
    }

    @Test
    void initLongerThanTenSecondsGoesOnWithinTheTimeoutThenTheInvocationTimesOutAndTheEnvironmentIsDiscarded()
            throws Exception {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);\n"
                        + "exports.handler = async () => 'never';")).withTimeout(2);

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertEquals("Unhandled", result.functionError());
        assertTrue(JSON.readTree(result.payload()).get("errorMessage").asText()
                .endsWith("Task timed out after 2.00 seconds"), text(result));
        assertTrue(result.log().startsWith("INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout\n"
                + "START RequestId: "), result.log());
        assertTrue(fixture.invoker().processIds(function.spec().qualifiedFunctionArn()).isEmpty());
    }

    @Test
    void environmentThatTimedOutIsReplacedByAFreshOne() {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER)).withTimeout(1);
        fixture.invoke(function.spec(), "{\"sleepMs\":5000}");

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertNull(result.functionError(), text(result));
    }

    @Test
    void crashedIdleEnvironmentIsReplaced() {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));
        long pid = Long.parseLong(text(fixture.invoke(function.spec(), "{}")));
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(5)).until(() -> !isAlive(pid));

        InvocationResult result = fixture.invoke(function.spec(), "{}");

        assertNull(result.functionError(), text(result));
        assertNotEquals(Long.toString(pid), text(result));
    }

    @Test
    void changedConfigurationOfAVersionGetsFreshEnvironments() {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = async () => process.pid + ' ' + process.env.COLOUR;"));
        String before = text(fixture.invoke(function.withEnvironment(Map.of("COLOUR", "red")).spec(), "{}"));

        String after = text(fixture.invoke(function.withEnvironment(Map.of("COLOUR", "blue")).spec(), "{}"));

        assertTrue(after.endsWith(" blue\""), after);
        long oldPid = Long.parseLong(before.replaceAll("\"(\\d+) .*", "$1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !isAlive(oldPid));
    }

    @Test
    void discardStopsEveryProcessOfTheFunctionVersion() {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));
        var first = CompletableFuture.supplyAsync(() -> text(fixture.invoke(function.spec(), "{\"sleepMs\":500}")));
        var second = CompletableFuture.supplyAsync(() -> text(fixture.invoke(function.spec(), "{\"sleepMs\":500}")));
        List<Long> pids = List.of(Long.parseLong(first.join()), Long.parseLong(second.join()));

        fixture.invoker().discard(function.spec().qualifiedFunctionArn());

        await().atMost(Duration.ofSeconds(5)).until(() -> pids.stream().noneMatch(FunctionFixture::isAlive));
        assertTrue(fixture.invoker().processIds(function.spec().qualifiedFunctionArn()).isEmpty());
    }

    @Test
    void stopKillsIdleAndBusyEnvironments() throws Exception {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var idle = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));
        long idlePid = Long.parseLong(text(fixture.invoke(idle.spec(), "{}")));
        var busy = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));
        var running = CompletableFuture.supplyAsync(() -> fixture.invoke(busy.spec(), "{\"sleepMs\":20000}"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !fixture.invoker().processIds(busy.spec().qualifiedFunctionArn()).isEmpty());
        long busyPid = fixture.invoker().processIds(busy.spec().qualifiedFunctionArn()).get(0);

        fixture.invoker().stop();

        await().atMost(Duration.ofSeconds(5)).until(() -> !isAlive(idlePid) && !isAlive(busyPid));
        InvocationResult interrupted = running.get();
        assertEquals("Runtime.ExitError", JSON.readTree(interrupted.payload()).get("errorType").asText());
    }

    @Test
    void environmentIdleLongerThanTheIdleTimeoutIsReaped() {
        TestClock clock = new TestClock();
        fixture = new FunctionFixture(root, plainProcesses()
                .withIdleTimeout(Duration.ofMinutes(10)), clock);
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));
        long pid = Long.parseLong(text(fixture.invoke(function.spec(), "{}")));

        clock.advance(Duration.ofMinutes(9));
        fixture.invoker().reapIdle();
        assertTrue(isAlive(pid));

        clock.advance(Duration.ofMinutes(2));
        fixture.invoker().reapIdle();
        await().atMost(Duration.ofSeconds(5)).until(() -> !isAlive(pid));
        assertTrue(fixture.invoker().processIds(function.spec().qualifiedFunctionArn()).isEmpty());
    }

    @Test
    void functionSeesLambdaVariablesItsOwnAndStratusEndpoint() throws Exception {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = async () => process.env;"))
                .withEnvironment(Map.of("TABLE", "orders", "AWS_REGION", "eu-west-1", "AWS_LAMBDA_FUNCTION_NAME", "x"));

        JsonNode env = JSON.readTree(fixture.invoke(function.spec(), "{}").payload());

        var spec = function.spec();
        assertEquals("orders", env.get("TABLE").asText());
        assertEquals("us-east-1", env.get("AWS_REGION").asText());
        assertEquals("us-east-1", env.get("AWS_DEFAULT_REGION").asText());
        assertEquals(spec.functionName(), env.get("AWS_LAMBDA_FUNCTION_NAME").asText());
        assertEquals("$LATEST", env.get("AWS_LAMBDA_FUNCTION_VERSION").asText());
        assertEquals("128", env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText());
        assertEquals("/aws/lambda/" + spec.functionName(), env.get("AWS_LAMBDA_LOG_GROUP_NAME").asText());
        assertTrue(env.get("AWS_LAMBDA_LOG_STREAM_NAME").asText().matches("\\d{4}/\\d\\d/\\d\\d/\\[\\$LATEST\\]\\p{XDigit}{32}"));
        assertEquals("AWS_Lambda_nodejs20.x", env.get("AWS_EXECUTION_ENV").asText());
        assertTrue(env.get("AWS_LAMBDA_RUNTIME_API").asText().matches("127\\.0\\.0\\.1:\\d+"));
        assertEquals("index.handler", env.get("_HANDLER").asText());
        assertEquals(spec.codeDirectory().toString(), env.get("LAMBDA_TASK_ROOT").asText());
        assertTrue(env.has("LAMBDA_RUNTIME_DIR"));
        assertEquals(":UTC", env.get("TZ").asText());
        assertTrue(env.has("LANG") && env.has("PATH") && env.has("NODE_PATH"));
        assertEquals("http://127.0.0.1:4566", env.get("AWS_ENDPOINT_URL").asText());
        assertEquals(FunctionFixture.ACCOUNT, env.get("AWS_ACCESS_KEY_ID").asText());
        assertEquals("test", env.get("AWS_SECRET_ACCESS_KEY").asText());
        assertEquals("test", env.get("AWS_SESSION_TOKEN").asText());
    }

    @Test
    void functionOutputReachesTheServerLogWithFunctionNameAndRequestId() {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js",
                "exports.handler = async () => { console.log('visible to the operator'); return 1; };"));
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger logger = (Logger) LoggerFactory.getLogger("dev.stratus.lambda.function." + function.spec().functionName());
        logger.addAppender(appender);

        fixture.invoker().invoke(new InvocationRequest(function.spec(), "req-1", "{}".getBytes(), null));
        logger.detachAppender(appender);

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("[" + function.spec().functionName() + "] [req-1] ")
                && line.endsWith("\tINFO\tvisible to the operator")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains("REPORT RequestId: req-1")), lines.toString());
    }

    @Test
    void runtimeWhoseExecutableIsMissingIsUnavailable() {
        fixture = new FunctionFixture(root, plainProcesses()
                .withExecutables("/nonexistent/node", "python3", "java"), Clock.systemUTC());
        var function = fixture.function("nodejs20.x", "index.handler", Map.of("index.js", PID_AFTER));

        RuntimeUnavailableException missing = assertThrows(RuntimeUnavailableException.class,
                () -> fixture.invoke(function.spec(), "{}"));

        assertEquals("nodejs20.x", missing.runtime());
        assertTrue(missing.getMessage().contains("lambda.runtime.nodejs.executable"), missing.getMessage());
        assertTrue(missing.getMessage().contains("/nonexistent/node"), missing.getMessage());
    }

    @Test
    void unknownRuntimeIsUnavailable() {
        fixture = new FunctionFixture(root, plainProcesses(), Clock.systemUTC());
        var function = fixture.function("ruby3.3", "index.handler", Map.of("index.rb", ""));

        RuntimeUnavailableException unknown = assertThrows(RuntimeUnavailableException.class,
                () -> fixture.invoke(function.spec(), "{}"));

        assertFalse(unknown.getMessage().isEmpty());
        assertEquals("ruby3.3", unknown.runtime());
    }

    /** A clock the test moves by hand. */
}
