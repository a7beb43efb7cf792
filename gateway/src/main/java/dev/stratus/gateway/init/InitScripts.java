package dev.stratus.gateway.init;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executable scripts of an init directory, run one after the other in name order once Stratus answers
 * requests, each with the endpoint in its environment ({@code STRATUS_ENDPOINT}, {@code AWS_ENDPOINT_URL}, a
 * region and test credentials unless set). Each script's output and exit status are logged; a failing script
 * is reported and the next one runs. Owns its thread from {@link #start} to {@link #close()}.
 */
public final class InitScripts implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InitScripts.class);

    private final Path directory;
    private final URI endpoint;
    private final Thread thread;
    /** The script running now, or {@code null}; guarded by {@code this}. */
    private Process running;
    private boolean closed;

    private InitScripts(Path directory, URI endpoint) {
        this.directory = directory;
        this.endpoint = endpoint;
        this.thread = new Thread(this::runAll, "stratus-init-scripts");
        thread.setDaemon(true);
    }

    /** Starts running the scripts of {@code directory} in the background. */
    public static InitScripts start(Path directory, URI endpoint) {
        InitScripts scripts = new InitScripts(directory, endpoint);
        scripts.thread.start();
        return scripts;
    }

    /** Stops the script running now, if any; the scripts after it do not run. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (running != null) {
                running.descendants().forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly();
            }
        }
        thread.interrupt();
    }

    /** The executable files of {@code directory}, in name order; none when it does not exist. */
    static List<Path> scriptsIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> Files.isRegularFile(file) && Files.isExecutable(file)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the init scripts in " + directory, e);
        }
    }

    private void runAll() {
        List<Path> scripts = scriptsIn(directory);
        if (!scripts.isEmpty()) {
            LOG.info("Running {} init scripts from {}.", scripts.size(), directory);
        }
        for (Path script : scripts) {
            try {
                run(script);
            } catch (IOException e) {
                LOG.warn("Init script {} could not run: {}", script.getFileName(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run(Path script) throws IOException, InterruptedException {
        String name = script.getFileName().toString();
        ProcessBuilder builder = new ProcessBuilder(script.toString()).directory(directory.toFile())
                .redirectErrorStream(true);
        environment(builder.environment());
        Process process;
        synchronized (this) {
            if (closed) {
                throw new InterruptedException();
            }
            process = builder.start();
            running = process;
        }
        process.getOutputStream().close();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                LOG.info("[init {}] {}", name, line);
            }
        }
        int status = process.waitFor();
        synchronized (this) {
            running = null;
        }
        if (status == 0) {
            LOG.info("Init script {} finished.", name);
        } else {
            LOG.warn("Init script {} failed with exit status {}; Stratus goes on.", name, status);
        }
    }

    private void environment(Map<String, String> variables) {
        String url = endpoint.toString();
        variables.put("STRATUS_ENDPOINT", url);
        variables.put("AWS_ENDPOINT_URL", url);
        variables.putIfAbsent("AWS_DEFAULT_REGION", "us-east-1");
        variables.putIfAbsent("AWS_REGION", variables.get("AWS_DEFAULT_REGION"));
        if (!variables.containsKey("AWS_ACCESS_KEY_ID") && !variables.containsKey("AWS_PROFILE")) {
            variables.put("AWS_ACCESS_KEY_ID", "test");
            variables.put("AWS_SECRET_ACCESS_KEY", "test");
        }
    }
}
