package dev.stratus.lambda.runtime;

import dev.stratus.lambda.runtime.isolation.IsolationMode;
import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How Stratus runs functions: the local executables behind the managed runtimes, how many environments a
 * function version may have, how long an idle one is kept, and where working files and the Node.js SDKs go.
 * {@code runtimeExecutables} holds the executables set for one runtime ({@code nodejs20.x}), which win over the
 * executable of its language. {@code isolation} is how environments are kept apart from the host.
 * {@code nodeSdkPrepareAtStart} is whether the Node.js SDKs missing from the cache are installed in the
 * background when Stratus starts.
 */
public record RuntimeSettings(
        String nodeExecutable,
        String pythonExecutable,
        String javaExecutable,
        int maxEnvironmentsPerFunction,
        Duration idleTimeout,
        Path nodeSdkCache,
        boolean nodeSdkPrepareAtStart,
        Path workDir,
        Map<String, String> runtimeExecutables,
        IsolationMode isolation) {

    /** The managed runtimes that run on a local executable, each of which may name its own. */
    public static final List<String> EXECUTABLE_RUNTIMES = List.of(
            "nodejs16.x", "nodejs18.x", "nodejs20.x", "nodejs22.x",
            "python3.8", "python3.9", "python3.10", "python3.11", "python3.12", "python3.13",
            "java11", "java17", "java21");

    public static final String NODE_EXECUTABLE = "lambda.runtime.nodejs.executable";
    public static final String PYTHON_EXECUTABLE = "lambda.runtime.python.executable";
    public static final String JAVA_EXECUTABLE = "lambda.runtime.java.executable";
    public static final String MAX_ENVIRONMENTS = "lambda.max-environments-per-function";
    public static final String IDLE_TIMEOUT = "lambda.idle-timeout";
    public static final String NODE_SDK_CACHE = "lambda.node-sdk-cache";
    public static final String NODE_SDK_PREPARE_AT_START = "lambda.node-sdk-prepare-at-start";
    public static final String ISOLATION = "lambda.isolation";

    private static final String DEFAULT_NODE = "node";
    private static final String DEFAULT_PYTHON = "python3";
    private static final int DEFAULT_MAX_ENVIRONMENTS = 10;
    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);

    public RuntimeSettings {
        runtimeExecutables = Map.copyOf(runtimeExecutables);
    }

    /** The settings this package reads, with their defaults. */
    public static List<Setting> declared() {
        List<Setting> declared = new ArrayList<>(List.of(
                new Setting(NODE_EXECUTABLE, Setting.Type.STRING, DEFAULT_NODE,
                        "The Node.js executable that runs functions on the nodejs runtimes."),
                new Setting(PYTHON_EXECUTABLE, Setting.Type.STRING, DEFAULT_PYTHON,
                        "The Python executable that runs functions on the python runtimes."),
                new Setting(JAVA_EXECUTABLE, Setting.Type.STRING, null,
                        "The java executable that runs functions on the java runtimes; when unset, the java of the "
                                + "JVM running Stratus."),
                new Setting(MAX_ENVIRONMENTS, Setting.Type.INTEGER, Integer.toString(DEFAULT_MAX_ENVIRONMENTS),
                        "How many execution environments (processes) one function version may run at once."),
                new Setting(IDLE_TIMEOUT, Setting.Type.DURATION, DEFAULT_IDLE_TIMEOUT.toMinutes() + "m",
                        "How long an idle execution environment is kept warm before it is stopped."),
                new Setting(NODE_SDK_CACHE, Setting.Type.PATH, null,
                        "Where the AWS SDKs for JavaScript that the nodejs runtimes bundle are installed, once; "
                                + "when unset, .stratus/node-sdk in the user's home."),
                new Setting(NODE_SDK_PREPARE_AT_START, Setting.Type.BOOLEAN, "true",
                        "Whether Stratus installs the AWS SDKs for JavaScript missing from the SDK cache in the "
                                + "background when it starts (where node and npm are found), so that no invoke "
                                + "waits on npm."),
                new Setting(ISOLATION, Setting.Type.STRING, IsolationMode.AUTO.settingValue(),
                        "How execution environments are kept apart: namespaces (bubblewrap: code at /var/task, layers "
                                + "at /opt, a private /tmp, nothing of the host's home or data), process (plain "
                                + "processes with their own TMPDIR and HOME), or auto (namespaces where bubblewrap "
                                + "can create them).")));
        EXECUTABLE_RUNTIMES.forEach(runtime -> declared.add(new Setting(runtimeExecutableKey(runtime),
                Setting.Type.STRING, null, "The executable that runs functions on " + runtime
                        + "; when unset, the executable of its language.")));
        return List.copyOf(declared);
    }

    /** The setting naming the executable of one runtime: {@code lambda.runtime.nodejs20.x.executable}. */
    public static String runtimeExecutableKey(String runtime) {
        return "lambda.runtime." + runtime + ".executable";
    }

    /** The executable that runs {@code runtime}: its own when set, else {@code languageExecutable}. */
    public String executableFor(String runtime, String languageExecutable) {
        return runtimeExecutables.getOrDefault(runtime, languageExecutable);
    }

    public static RuntimeSettings from(StratusSettings settings) {
        return new RuntimeSettings(
                settings.getString(NODE_EXECUTABLE),
                settings.getString(PYTHON_EXECUTABLE),
                settings.get(JAVA_EXECUTABLE).orElseGet(RuntimeSettings::defaultJavaExecutable),
                settings.getInt(MAX_ENVIRONMENTS),
                settings.getDuration(IDLE_TIMEOUT),
                settings.get(NODE_SDK_CACHE).map(Path::of).orElseGet(RuntimeSettings::defaultNodeSdkCache),
                settings.getBoolean(NODE_SDK_PREPARE_AT_START), settings.workDir(), runtimeExecutables(settings),
                IsolationMode.of(settings.getString(ISOLATION)));
    }

    private static Map<String, String> runtimeExecutables(StratusSettings settings) {
        Map<String, String> executables = new HashMap<>();
        EXECUTABLE_RUNTIMES.forEach(runtime -> settings.get(runtimeExecutableKey(runtime))
                .ifPresent(executable -> executables.put(runtime, executable)));
        return executables;
    }

    /** The defaults, with working files under {@code workDir}. */
    public static RuntimeSettings defaults(Path workDir) {
        return new RuntimeSettings(DEFAULT_NODE, DEFAULT_PYTHON, defaultJavaExecutable(), DEFAULT_MAX_ENVIRONMENTS,
                DEFAULT_IDLE_TIMEOUT, defaultNodeSdkCache(), true, workDir, Map.of(), IsolationMode.AUTO);
    }

    public RuntimeSettings withIdleTimeout(Duration timeout) {
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, maxEnvironmentsPerFunction,
                timeout, nodeSdkCache, nodeSdkPrepareAtStart, workDir, runtimeExecutables, isolation);
    }

    public RuntimeSettings withMaxEnvironmentsPerFunction(int max) {
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, max, idleTimeout,
                nodeSdkCache, nodeSdkPrepareAtStart, workDir, runtimeExecutables, isolation);
    }

    public RuntimeSettings withExecutables(String node, String python, String java) {
        return new RuntimeSettings(node, python, java, maxEnvironmentsPerFunction, idleTimeout, nodeSdkCache,
                nodeSdkPrepareAtStart, workDir, runtimeExecutables, isolation);
    }

    /** These settings with {@code executable} running {@code runtime}. */
    public RuntimeSettings withRuntimeExecutable(String runtime, String executable) {
        Map<String, String> executables = new HashMap<>(runtimeExecutables);
        executables.put(runtime, executable);
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, maxEnvironmentsPerFunction,
                idleTimeout, nodeSdkCache, nodeSdkPrepareAtStart, workDir, executables, isolation);
    }

    public RuntimeSettings withNodeSdkCache(Path cache) {
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, maxEnvironmentsPerFunction,
                idleTimeout, cache, nodeSdkPrepareAtStart, workDir, runtimeExecutables, isolation);
    }

    public RuntimeSettings withNodeSdkPrepareAtStart(boolean prepareAtStart) {
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, maxEnvironmentsPerFunction,
                idleTimeout, nodeSdkCache, prepareAtStart, workDir, runtimeExecutables, isolation);
    }

    public RuntimeSettings withIsolation(IsolationMode mode) {
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, maxEnvironmentsPerFunction,
                idleTimeout, nodeSdkCache, nodeSdkPrepareAtStart, workDir, runtimeExecutables, mode);
    }

    private static String defaultJavaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path defaultNodeSdkCache() {
        return Path.of(System.getProperty("user.home"), ".stratus", "node-sdk");
    }
}
