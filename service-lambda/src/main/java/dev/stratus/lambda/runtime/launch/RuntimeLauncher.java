package dev.stratus.lambda.runtime.launch;

import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.RuntimeSettings;
import dev.stratus.lambda.runtime.RuntimeUnavailableException;
import dev.stratus.lambda.runtime.isolation.EnvironmentFiles;
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
    private final Interpreters interpreters = new Interpreters();

    public RuntimeLauncher(RuntimeSettings settings, RuntimeFiles files, NodeSdkCache nodeSdks) {
        this.settings = settings;
        this.files = files;
        this.nodeSdks = nodeSdks;
    }

    /**
     * The command that starts {@code function}'s runtime, with the paths its environment's {@code files} show.
     *
     * @throws RuntimeUnavailableException the runtime is unknown, or its executable is missing
     * @throws InitFailedException         the function's code cannot start (no {@code bootstrap})
     */
    public LaunchCommand commandFor(FunctionSpec function, EnvironmentFiles files) {
        String runtime = function.runtime();
        Matcher node = NODEJS.matcher(runtime);
        if (node.matches()) {
            return nodejs(function, files, Integer.parseInt(node.group(1)));
        }
        Matcher python = PYTHON.matcher(runtime);
        if (python.matches()) {
            return python(function, files, python.group(1));
        }
        if (JAVA.contains(runtime)) {
            return java(function, files);
        }
        if (PROVIDED.contains(runtime)) {
            return provided(function, files);
        }
        throw new RuntimeUnavailableException(runtime, "Stratus cannot run functions on the runtime " + runtime
                + "; it runs nodejs16.x to nodejs22.x, python3.8 to python3.13, java11, java17, java21, "
                + "provided.al2 and provided.al2023.");
    }

    private LaunchCommand nodejs(FunctionSpec function, EnvironmentFiles view, int majorVersion) {
        Path node = executable(function.runtime(), "Node.js", settings.nodeExecutable(), RuntimeSettings.NODE_EXECUTABLE);
        versions.check(function.runtime(), node, "Node.js", Integer.toString(majorVersion));
        Path runtimeDir = view.runtimeFolder(files.folder("nodejs"));
        Path layers = view.opt().resolve("nodejs");
        List<String> nodePath = new ArrayList<>();
        nodePath.add(layers.resolve("node" + majorVersion).resolve("node_modules").toString());
        nodePath.add(layers.resolve("node_modules").toString());
        nodeSdks.nodeModules(NodeSdk.bundledWith(majorVersion), function.codeDirectory())
                .ifPresent(modules -> nodePath.add(view.bundledModules(modules).toString()));
        nodePath.add(view.taskRoot().toString());
        Map<String, String> variables = managedRuntimeVariables(function, runtimeDir);
        variables.put("NODE_PATH", String.join(File.pathSeparator, nodePath));
        // As AWS's Node.js bootstrap sizes V8's heap: a tenth of the memory for the young generation, the rest old.
        int newSpaceMb = function.memoryMb() / 10;
        return new LaunchCommand(List.of(view.executable(interpreters.node(node)).toString(),
                "--max-semi-space-size=" + newSpaceMb / 2, "--max-old-space-size=" + (function.memoryMb() - newSpaceMb),
                runtimeDir.resolve("bootstrap.js").toString()), variables);
    }

    private LaunchCommand python(FunctionSpec function, EnvironmentFiles view, String version) {
        Path python = executable(function.runtime(), "Python", settings.pythonExecutable(), RuntimeSettings.PYTHON_EXECUTABLE);
        versions.check(function.runtime(), python, "Python", version);
        Path runtimeDir = view.runtimeFolder(files.folder("python"));
        Map<String, String> variables = managedRuntimeVariables(function, runtimeDir);
        variables.put("PYTHONUNBUFFERED", "1");
        variables.put("PYTHONDONTWRITEBYTECODE", "1");
        Path layers = view.opt().resolve("python");
        variables.put("PYTHONPATH", String.join(File.pathSeparator,
                layers.resolve("lib").resolve(function.runtime()).resolve("site-packages").toString(), layers.toString()));
        return new LaunchCommand(List.of(view.executable(interpreters.python(python)).toString(),
                runtimeDir.resolve("bootstrap.py").toString()), variables);
    }

    private LaunchCommand java(FunctionSpec function, EnvironmentFiles view) {
        Path java = executable(function.runtime(), "Java", settings.javaExecutable(), RuntimeSettings.JAVA_EXECUTABLE);
        Path runtimeDir = view.runtimeFolder(files.folder("java"));
        Path code = view.taskRoot();
        String classpath = String.join(File.pathSeparator,
                runtimeDir.resolve("*").toString(), code.toString(), code.resolve("lib").resolve("*").toString(),
                view.opt().resolve("java").resolve("lib").resolve("*").toString());
        int heapMb = Math.max(64, function.memoryMb() * 85 / 100);
        // As on AWS, the client writes LambdaLogger events as frames to the telemetry descriptor: here fd 3,
        // opened by a shell onto the process's output, so that each event is one log line. The client reaches
        // the descriptor through java.io internals, hence the opened package.
        List<String> command = List.of("/bin/sh", "-c", "exec \"$@\" 3>&1", "sh", view.executable(java).toString(),
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:MaxHeapSize=" + heapMb + "m",
                "-cp", classpath, JAVA_RUNTIME_CLIENT, function.handler());
        Map<String, String> variables = managedRuntimeVariables(function, runtimeDir);
        variables.put("_LAMBDA_TELEMETRY_LOG_FD", "3");
        return new LaunchCommand(command, variables);
    }

    private static LaunchCommand provided(FunctionSpec function, EnvironmentFiles view) {
        Path bootstrap = function.codeDirectory().resolve("bootstrap");
        Path seen = view.taskRoot().resolve("bootstrap");
        if (!Files.isRegularFile(bootstrap)) {
            throw new InitFailedException("Runtime.InvalidEntrypoint", "Couldn't find valid bootstrap(s): [" + seen + "]");
        }
        if (!Files.isExecutable(bootstrap) && !bootstrap.toFile().setExecutable(true)) {
            throw new InitFailedException("Runtime.InvalidEntrypoint", "fork/exec " + seen + ": permission denied");
        }
        return new LaunchCommand(List.of(seen.toString()), Map.of("LAMBDA_RUNTIME_DIR", view.taskRoot().toString()));
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
