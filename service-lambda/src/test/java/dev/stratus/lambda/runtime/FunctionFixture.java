package dev.stratus.lambda.runtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stratus.spi.CodeOutput;
import dev.stratus.spi.StratusEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LocalFunctionInvoker} working in a temporary folder, and functions whose code the tests write there.
 * Close it after each test: it stops the invoker and so every function process.
 */
final class FunctionFixture implements AutoCloseable {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";

    private final Path root;
    private final LocalFunctionInvoker invoker;

    FunctionFixture(Path root) {
        this(root, RuntimeSettings.defaults(root.resolve("work")), Clock.systemUTC());
    }

    FunctionFixture(Path root, RuntimeSettings settings, Clock clock) {
        this.root = root;
        this.invoker = new LocalFunctionInvoker(settings, new StratusEndpoint("127.0.0.1", 4566), clock,
                CodeOutput.NONE);
    }

    LocalFunctionInvoker invoker() {
        return invoker;
    }

    /**
     * A function whose code is {@code files} (path to content), with 128 MB and a 30 s timeout, which a busy
     * test machine never reaches by accident.
     */
    Function function(String runtime, String handler, Map<String, String> files) {
        String name = "fn-" + UUID.randomUUID().toString().substring(0, 8);
        Path code = root.resolve("code").resolve(name);
        files.forEach((path, content) -> write(code.resolve(path), content));
        write(code.resolve(".keep"), "");
        return new Function(new FunctionSpec(name, "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name
                + ":$LATEST", "$LATEST", runtime, handler, 30, 128, 512, Map.of(), code, "sha-" + name, ACCOUNT, REGION,
                root.resolve("opt")));
    }

    InvocationResult invoke(FunctionSpec function, String payload) {
        return invoker.invoke(new InvocationRequest(function, UUID.randomUUID().toString(),
                payload.getBytes(StandardCharsets.UTF_8), null));
    }

    static String text(InvocationResult result) {
        return new String(result.payload(), StandardCharsets.UTF_8);
    }

    static void assumeExecutable(String command) {
        boolean found;
        try {
            Process probe = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            found = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            found = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            found = false;
        }
        assumeTrue(found, "the executable '" + command + "' is not installed on this machine");
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public void close() {
        invoker.stop();
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A function version under test; {@code with*} give variants of its configuration. */
    record Function(FunctionSpec spec) {

        Function withTimeout(int seconds) {
            FunctionSpec s = spec;
            return new Function(new FunctionSpec(s.functionName(), s.qualifiedFunctionArn(), s.version(), s.runtime(),
                    s.handler(), seconds, s.memoryMb(), s.ephemeralStorageMb(), s.environment(), s.codeDirectory(), s.codeSha256(),
                    s.accountId(), s.region(), s.optDirectory()));
        }

        Function withMemory(int memoryMb) {
            FunctionSpec s = spec;
            return new Function(new FunctionSpec(s.functionName(), s.qualifiedFunctionArn(), s.version(), s.runtime(),
                    s.handler(), s.timeoutSeconds(), memoryMb, s.ephemeralStorageMb(), s.environment(),
                    s.codeDirectory(), s.codeSha256(), s.accountId(), s.region(), s.optDirectory()));
        }

        Function withEnvironment(Map<String, String> variables) {
            FunctionSpec s = spec;
            Map<String, String> environment = new HashMap<>(s.environment());
            environment.putAll(variables);
            return new Function(new FunctionSpec(s.functionName(), s.qualifiedFunctionArn(), s.version(), s.runtime(),
                    s.handler(), s.timeoutSeconds(), s.memoryMb(), s.ephemeralStorageMb(), environment, s.codeDirectory(), s.codeSha256(),
                    s.accountId(), s.region(), s.optDirectory()));
        }
    }
}
