package dev.stratus.lambda.runtime.launch;

import dev.stratus.lambda.runtime.RuntimeSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names once in the log a runtime whose local executable is of another version than the runtime's (nodejs20.x on
 * Node.js 22, python3.12 on Python 3.11): functions still run, but not exactly as on AWS.
 */
final class RuntimeVersionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeVersionCheck.class);
    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)");

    /** The runtime and executable pairs already checked. */
    private final Set<String> checked = ConcurrentHashMap.newKeySet();

    /**
     * Compares the version {@code executable --version} prints with {@code expected} ({@code 20} or {@code 3.12}),
     * the first time this runtime runs on this executable.
     */
    void check(String runtime, Path executable, String language, String expected) {
        if (!checked.add(runtime + '\u0000' + executable)) {
            return;
        }
        String actual = versionOf(executable);
        if (actual != null && !actual.equals(expected) && !actual.startsWith(expected + ".")) {
            LOG.warn("The runtime {} runs on {} {} ({}), not on {} {} as on AWS; set {} to pick another executable.",
                    runtime, language, actual, executable, language, expected,
                    RuntimeSettings.runtimeExecutableKey(runtime));
        }
    }

    private static String versionOf(Path executable) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            Matcher version = VERSION.matcher(output);
            return version.find() ? version.group(1) : null;
        } catch (IOException e) {
            LOG.debug("Could not ask {} for its version", executable, e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
