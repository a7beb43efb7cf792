package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.isolation.EnvironmentFiles;
import dev.stratus.lambda.runtime.isolation.Isolation;
import dev.stratus.lambda.runtime.memory.MemoryLimit;
import dev.stratus.lambda.runtime.launch.InitFailedException;
import dev.stratus.lambda.runtime.launch.LaunchCommand;
import dev.stratus.lambda.runtime.launch.RuntimeLauncher;
import dev.stratus.spi.CodeOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts execution environments: a Runtime API server, then the runtime process pointed at it, isolated as
 * {@link Isolation} says and bounded by the function's memory.
 */
public final class EnvironmentFactory {

    /** Function output is logged under this prefix followed by the function's name. */
    public static final String FUNCTION_LOGGER_PREFIX = "dev.stratus.lambda.function.";
    private static final DateTimeFormatter LOG_STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd")
            .withZone(ZoneOffset.UTC);

    private final RuntimeLauncher launcher;
    private final Isolation isolation;
    private final Clock clock;
    private final URI endpoint;
    private final Path outputFolder;
    private final CodeOutput codeOutput;
    /** The environments started and not yet stopped. */
    private final Set<ExecutionEnvironment> live = ConcurrentHashMap.newKeySet();
    private volatile Runnable whenStopped = () -> { };

    public EnvironmentFactory(RuntimeLauncher launcher, Isolation isolation, Clock clock, URI endpoint,
                              Path outputFolder, CodeOutput codeOutput) {
        this.launcher = launcher;
        this.isolation = isolation;
        this.clock = clock;
        this.endpoint = endpoint;
        this.outputFolder = outputFolder;
        this.codeOutput = codeOutput;
    }

    /** The function versions whose code and layers environments use now, once each. */
    public Set<FunctionSpec> running() {
        Set<FunctionSpec> running = new HashSet<>();
        live.forEach(environment -> running.add(environment.function()));
        return running;
    }

    /** Runs {@code listener} each time an environment has stopped. */
    public void onEnvironmentStopped(Runnable listener) {
        whenStopped = listener;
    }

    /** Where the log lines of {@code function} go. */
    FunctionLog logOf(FunctionSpec function) {
        return FunctionLog.of(function, codeOutput);
    }

    ExecutionEnvironment start(FunctionSpec function, Initialization initialization) {
        String id = randomHex(16);
        EnvironmentFiles files = isolation.filesFor(function, id);
        LaunchCommand launch;
        try {
            launch = launcher.commandFor(function, files);
        } catch (RuntimeException e) {
            files.delete();
            throw e;
        }
        MemoryLimit memory = new MemoryLimit(function.memoryMb());
        RuntimeApiServer api = startApi();
        FunctionOutput output = null;
        try {
            Files.createDirectories(outputFolder);
            output = new FunctionOutput(outputFolder.resolve(id + ".out"), logOf(function));
            StringBuilder initLog = new StringBuilder();
            output.attribute(null, initLog);
            ProcessBuilder builder = new ProcessBuilder(memory.bound(files.command(launch.command())))
                    .directory(files.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.file().toFile()));
            builder.environment().clear();
            builder.environment().putAll(FunctionVariables.of(function, files, launch, api.address(),
                    logStreamName(function, id), endpoint, initialization));
            long startedAt = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            ExecutionEnvironment environment = new ExecutionEnvironment(function, process, api, output, initLog, clock,
                    startedAt, new EnvironmentResources(isolation.mode(), files, memory), this::stopped);
            live.add(environment);
            return environment;
        } catch (IOException e) {
            abandon(api, output, files);
            throw new InitFailedException("Runtime.InvalidEntrypoint",
                    "fork/exec " + launch.command().get(0) + ": " + e.getMessage());
        } catch (RuntimeException e) {
            abandon(api, output, files);
            throw e;
        }
    }

    private void stopped(ExecutionEnvironment environment) {
        live.remove(environment);
        whenStopped.run();
    }

    private static void abandon(RuntimeApiServer api, FunctionOutput output, EnvironmentFiles files) {
        files.delete();
        api.close();
        if (output != null) {
            output.close();
        }
    }

    private RuntimeApiServer startApi() {
        try {
            return new RuntimeApiServer(clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a loopback port for the Lambda Runtime API", e);
        }
    }

    private String logStreamName(FunctionSpec function, String id) {
        return LOG_STREAM_DATE.format(clock.instant()) + "/[" + function.version() + "]" + id;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
