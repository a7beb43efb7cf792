package dev.stratus.lambda.runtime.isolation;

import dev.stratus.lambda.runtime.FunctionSpec;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How this Stratus keeps execution environments apart, chosen once at start from {@code lambda.isolation} and
 * what the host allows, and said once in the log: in namespaces when bubblewrap ({@code bwrap}) can create them,
 * else as plain processes.
 */
public final class Isolation {

    private static final Logger LOG = LoggerFactory.getLogger(Isolation.class);
    private static final long PROBE_SECONDS = 10;

    private final Path bubblewrap;
    private final Path environmentsRoot;

    private Isolation(Path bubblewrap, Path environmentsRoot) {
        this.bubblewrap = bubblewrap;
        this.environmentsRoot = environmentsRoot;
    }

    /**
     * The isolation {@code requested} allows here; environments' own folders (plain processes) go under
     * {@code environmentsRoot}.
     *
     * @throws IllegalStateException namespaces were required and cannot be created here
     */
    public static Isolation start(IsolationMode requested, Path environmentsRoot) {
        if (requested == IsolationMode.PROCESS) {
            LOG.info("Lambda runs each execution environment as a plain process with its own TMPDIR and HOME "
                    + "(lambda.isolation=process): functions can see the host's files.");
            return new Isolation(null, environmentsRoot);
        }
        Optional<Path> found = findBubblewrap();
        Optional<String> refusal = found.isPresent() ? probe(found.get())
                : Optional.of("bubblewrap (bwrap) is not installed");
        if (refusal.isEmpty()) {
            LOG.info("Lambda runs each execution environment in its own mount and PID namespaces with {}: code at "
                    + "/var/task, layers at /opt, a private /tmp, the host's system directories read-only and "
                    + "nothing else of the host.", found.get());
            return new Isolation(found.get(), environmentsRoot);
        }
        if (requested == IsolationMode.NAMESPACES) {
            throw new IllegalStateException("lambda.isolation=namespaces, but " + refusal.get()
                    + "; install bubblewrap, allow unprivileged user namespaces, or set lambda.isolation to auto or process");
        }
        LOG.info("Lambda runs each execution environment as a plain process with its own TMPDIR and HOME, since {}: "
                + "functions can see the host's files.", refusal.get());
        return new Isolation(null, environmentsRoot);
    }

    /** {@code namespaces} or {@code process}. */
    public IsolationMode mode() {
        return bubblewrap == null ? IsolationMode.PROCESS : IsolationMode.NAMESPACES;
    }

    /** The view of a new environment of {@code function}, whose id is {@code environmentId}. */
    public EnvironmentFiles filesFor(FunctionSpec function, String environmentId) {
        return bubblewrap == null
                ? new ProcessFiles(function, EnvironmentFolder.create(environmentsRoot.resolve(environmentId)))
                : new NamespaceFiles(bubblewrap, function);
    }

    private static Optional<Path> findBubblewrap() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin", "/bin"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "bwrap"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Why bubblewrap cannot create namespaces here; empty when it can. */
    private static Optional<String> probe(Path bubblewrap) {
        try {
            Process process = new ProcessBuilder(bubblewrap.toString(), "--ro-bind", "/", "/", "--unshare-pid",
                    "--proc", "/proc", "--dev", "/dev", "true").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of(bubblewrap + " did not answer within " + PROBE_SECONDS + " s");
            }
            return process.exitValue() == 0 ? Optional.empty()
                    : Optional.of(bubblewrap + " cannot create namespaces here (" + (output.isEmpty()
                            ? "exit status " + process.exitValue() : output) + ")");
        } catch (IOException e) {
            return Optional.of(bubblewrap + " cannot be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("the check of bubblewrap was interrupted");
        }
    }
}
