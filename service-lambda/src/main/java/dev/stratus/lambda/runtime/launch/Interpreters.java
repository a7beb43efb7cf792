package dev.stratus.lambda.runtime.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The binaries behind the configured Node.js and Python executables, which may be launchers of a version manager
 * (pyenv's or Volta's shims, scripts that find the binary through the user's home): each is asked once where it
 * really runs from, so that an environment that shows only the interpreter's installation can still start it.
 */
final class Interpreters {

    private static final long ANSWER_SECONDS = 10;

    private final Map<Path, Path> binaries = new ConcurrentHashMap<>();

    Path node(Path executable) {
        return binaries.computeIfAbsent(executable, node -> ask(node, "-p", "process.execPath"));
    }

    Path python(Path executable) {
        return binaries.computeIfAbsent(executable, python -> ask(python, "-c", "import sys; print(sys.executable)"));
    }

    /** The path {@code executable} prints for its own binary; the executable itself when it cannot tell. */
    private static Path ask(Path executable, String... question) {
        try {
            Process process = new ProcessBuilder(List.of(executable.toString(), question[0], question[1]))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return executable;
            }
            return process.exitValue() == 0 && !answer.isEmpty() && Files.isExecutable(Path.of(answer))
                    ? Path.of(answer) : executable;
        } catch (IOException e) {
            return executable;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return executable;
        }
    }
}
