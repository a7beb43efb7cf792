package dev.stratus.lambda.runtime;

import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How Stratus runs functions: the local executables behind the managed runtimes, how many environments a
 * function version may have, how long an idle one is kept, and where working files and the Node.js SDKs go.
 */
public record RuntimeSettings(
        String nodeExecutable,
        String pythonExecutable,
        String javaExecutable,
        int maxEnvironmentsPerFunction,
        Duration idleTimeout,
        Path nodeSdkCache,
        Path workDir) {

    public static final String NODE_EXECUTABLE = "lambda.runtime.nodejs.executable";
    public static final String PYTHON_EXECUTABLE = "lambda.runtime.python.executable";
    public static final String JAVA_EXECUTABLE = "lambda.runtime.java.executable";
    public static final String MAX_ENVIRONMENTS = "lambda.max-environments-per-function";
    public static final String IDLE_TIMEOUT = "lambda.idle-timeout";
    public static final String NODE_SDK_CACHE = "lambda.node-sdk-cache";

    /** The settings this package reads, with their defaults. */
    public static List<Setting> declared() {
        return List.of(
                new Setting(NODE_EXECUTABLE, Setting.Type.STRING, "node",
                        "The Node.js executable that runs functions on the nodejs runtimes."),
                new Setting(PYTHON_EXECUTABLE, Setting.Type.STRING, "python3",
                        "The Python executable that runs functions on the python runtimes."),
                new Setting(JAVA_EXECUTABLE, Setting.Type.STRING, defaultJavaExecutable(),
                        "The java executable that runs functions on the java runtimes."),
                new Setting(MAX_ENVIRONMENTS, Setting.Type.INTEGER, "10",
                        "How many execution environments (processes) one function version may run at once."),
                new Setting(IDLE_TIMEOUT, Setting.Type.DURATION, "10m",
                        "How long an idle execution environment is kept warm before it is stopped."),
                new Setting(NODE_SDK_CACHE, Setting.Type.PATH, defaultNodeSdkCache().toString(),
                        "Where the AWS SDKs for JavaScript that the nodejs runtimes bundle are installed, once."));
    }

    public static RuntimeSettings from(StratusSettings settings) {
        return new RuntimeSettings(
                settings.getString(NODE_EXECUTABLE),
                settings.getString(PYTHON_EXECUTABLE),
                settings.getString(JAVA_EXECUTABLE),
                settings.getInt(MAX_ENVIRONMENTS),
                settings.getDuration(IDLE_TIMEOUT),
                Path.of(settings.getString(NODE_SDK_CACHE)),
                settings.workDir());
    }

    /** The defaults, with working files under {@code workDir}. */
    public static RuntimeSettings defaults(Path workDir) {
        return new RuntimeSettings("node", "python3", defaultJavaExecutable(), 10, Duration.ofMinutes(10),
                defaultNodeSdkCache(), workDir);
    }

    public RuntimeSettings withIdleTimeout(Duration timeout) {
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, maxEnvironmentsPerFunction,
                timeout, nodeSdkCache, workDir);
    }

    public RuntimeSettings withMaxEnvironmentsPerFunction(int max) {
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, max, idleTimeout,
                nodeSdkCache, workDir);
    }

    public RuntimeSettings withExecutables(String node, String python, String java) {
        return new RuntimeSettings(node, python, java, maxEnvironmentsPerFunction, idleTimeout, nodeSdkCache,
                workDir);
    }

    public RuntimeSettings withNodeSdkCache(Path cache) {
        return new RuntimeSettings(nodeExecutable, pythonExecutable, javaExecutable, maxEnvironmentsPerFunction,
                idleTimeout, cache, workDir);
    }

    private static String defaultJavaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path defaultNodeSdkCache() {
        return Path.of(System.getProperty("user.home"), ".stratus", "node-sdk");
    }
}
