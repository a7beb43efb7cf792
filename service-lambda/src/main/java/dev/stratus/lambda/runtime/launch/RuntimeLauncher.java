package dev.stratus.lambda.runtime.launch;

import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.RuntimeSettings;
import dev.stratus.lambda.runtime.RuntimeUnavailableException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtimes Stratus runs, each on a local executable: how a function on one of them starts its process.
 * Node.js and Python run our own bootstraps, Java the official runtime interface client, {@code provided.*}
 * the function's {@code bootstrap}.
 */
public final class RuntimeLauncher {

    private static final Pattern NODEJS = Pattern.compile("nodejs(16|18|20|22)\\.x");
    private static final Pattern PYTHON = Pattern.compile("python(3\\.(?:8|9|10|11|12|13))");
    private static final Set<String> JAVA = Set.of("java11", "java17", "java21");
    private static final Set<String> PROVIDED = Set.of("provided", "provided.al2", "provided.al2023");
    private static final String JAVA_RUNTIME_CLIENT = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private final RuntimeSettings settings;
    private final RuntimeFiles files;
    private final NodeSdkCache nodeSdks;
    private final RuntimeVersionCheck versions = new RuntimeVersionCheck();

    public RuntimeLauncher(RuntimeSettings settings, RuntimeFiles files, NodeSdkCache nodeSdks) {
        this.settings = settings;
        this.files = files;
        this.nodeSdks = nodeSdks;
    }

    /**
     * The command that starts {@code function}'s runtime.
     *
     * @throws RuntimeUnavailableException the runtime is unknown, or its executable is missing
     * @throws InitFailedException         the function's code cannot start (no {@code bootstrap})
     */
    public LaunchCommand commandFor(FunctionSpec function) {
        String runtime = function.runtime();
        Matcher node = NODEJS.matcher(runtime);
        if (node.matches()) {
            return nodejs(function, Integer.parseInt(node.group(1)));
        }
        Matcher python = PYTHON.matcher(runtime);
        if (python.matches()) {
            return python(function, python.group(1));
        }
        if (JAVA.contains(runtime)) {
            return java(function);
        }
        if (PROVIDED.contains(runtime)) {
            return provided(function);
        }
        throw new RuntimeUnavailableException(runtime, "Stratus cannot run functions on the runtime " + runtime
                + "; it runs nodejs16.x to nodejs22.x, python3.8 to python3.13, java11, java17, java21, "
                + "provided.al2 and provided.al2023.");
    }

    private LaunchCommand nodejs(FunctionSpec function, int majorVersion) {
        Path node = executable(function.runtime(), "Node.js", settings.nodeExecutable(), RuntimeSettings.NODE_EXECUTABLE);
        versions.check(function.runtime(), node, "Node.js", Integer.toString(majorVersion));
        Path runtimeDir = files.folder("nodejs");
        List<String> nodePath = new ArrayList<>();
        nodeSdks.nodeModules(NodeSdk.bundledWith(majorVersion), function.codeDirectory())
                .ifPresent(modules -> nodePath.add(modules.toString()));
        nodePath.add(function.codeDirectory().toString());
        Map<String, String> variables = managedRuntimeVariables(function, runtimeDir);
        variables.put("NODE_PATH", String.join(File.pathSeparator, nodePath));
        return new LaunchCommand(List.of(node.toString(), runtimeDir.resolve("bootstrap.js").toString()), variables);
    }

    private LaunchCommand python(FunctionSpec function, String version) {
        Path python = executable(function.runtime(), "Python", settings.pythonExecutable(), RuntimeSettings.PYTHON_EXECUTABLE);
        versions.check(function.runtime(), python, "Python", version);
        Path runtimeDir = files.folder("python");
        Map<String, String> variables = managedRuntimeVariables(function, runtimeDir);
        variables.put("PYTHONUNBUFFERED", "1");
        variables.put("PYTHONDONTWRITEBYTECODE", "1");
        return new LaunchCommand(List.of(python.toString(), runtimeDir.resolve("bootstrap.py").toString()), variables);
    }

    private LaunchCommand java(FunctionSpec function) {
        Path java = executable(function.runtime(), "Java", settings.javaExecutable(), RuntimeSettings.JAVA_EXECUTABLE);
        Path runtimeDir = files.folder("java");
        Path code = function.codeDirectory();
        String classpath = String.join(File.pathSeparator,
                runtimeDir.resolve("*").toString(), code.toString(), code.resolve("lib").resolve("*").toString());
        int heapMb = Math.max(64, function.memoryMb() * 85 / 100);
        // As on AWS, the client writes LambdaLogger events as frames to the telemetry descriptor: here fd 3,
        // opened by a shell onto the process's output, so that each event is one log line. The client reaches
        // the descriptor through java.io internals, hence the opened package.
        List<String> command = List.of("/bin/sh", "-c", "exec \"$@\" 3>&1", "sh", java.toString(),
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:MaxHeapSize=" + heapMb + "m",
                "-cp", classpath, JAVA_RUNTIME_CLIENT, function.handler());
        Map<String, String> variables = managedRuntimeVariables(function, runtimeDir);
        variables.put("_LAMBDA_TELEMETRY_LOG_FD", "3");
        return new LaunchCommand(command, variables);
    }

    private static LaunchCommand provided(FunctionSpec function) {
        Path bootstrap = function.codeDirectory().resolve("bootstrap");
        if (!Files.isRegularFile(bootstrap)) {
            throw new InitFailedException("Runtime.InvalidEntrypoint",
                    "Couldn't find valid bootstrap(s): [" + bootstrap + "]");
        }
        if (!Files.isExecutable(bootstrap) && !bootstrap.toFile().setExecutable(true)) {
            throw new InitFailedException("Runtime.InvalidEntrypoint",
                    "fork/exec " + bootstrap + ": permission denied");
        }
        return new LaunchCommand(List.of(bootstrap.toString()),
                Map.of("LAMBDA_RUNTIME_DIR", function.codeDirectory().toString()));
    }

    private static Map<String, String> managedRuntimeVariables(FunctionSpec function, Path runtimeDir) {
        Map<String, String> variables = new HashMap<>();
        variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime());
        variables.put("LAMBDA_RUNTIME_DIR", runtimeDir.toString());
        return variables;
    }

    /** The executable of {@code runtime}: its own setting's, else its language's. */
    private Path executable(String runtime, String language, String languageExecutable, String languageSetting) {
        String configured = settings.executableFor(runtime, languageExecutable);
        Optional<Path> found = Executables.find(configured);
        return found.orElseThrow(() -> new RuntimeUnavailableException(runtime, "The runtime " + runtime + " needs "
                + language + ", but the executable '" + configured + "' was not found; install it or set "
                + RuntimeSettings.runtimeExecutableKey(runtime) + " (or " + languageSetting + ") to its path."));
    }
}
