package dev.stratus.lambda.runtime.isolation;

import dev.stratus.lambda.runtime.FunctionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The view of an environment in its own mount and PID namespaces (bubblewrap), laid out as on AWS: the code at
 * {@code /var/task}, the layers at {@code /opt}, the runtime at {@code /var/runtime}, a private {@code /tmp} of
 * the function's ephemeral storage size, the system directories read-only; nothing else of the host (no home,
 * no data directory). The network is the host's, so that the function reaches Stratus on loopback.
 */
final class NamespaceFiles implements EnvironmentFiles {

    private static final Path TASK_ROOT = Path.of("/var/task");
    private static final Path OPT = Path.of("/opt");
    private static final Path RUNTIME = Path.of("/var/runtime");
    private static final Path BUNDLED_MODULES = Path.of("/var/runtime-modules/node_modules");
    /** Where a runtime installed outside the system directories (a JDK in a home, say) appears, as AWS's own do. */
    private static final Path LANG = Path.of("/var/lang");

    private final Path bubblewrap;
    private final FunctionSpec function;
    private final List<String> mounts = new ArrayList<>();

    NamespaceFiles(Path bubblewrap, FunctionSpec function) {
        this.bubblewrap = bubblewrap;
        this.function = function;
    }

    @Override
    public Path taskRoot() {
        return TASK_ROOT;
    }

    @Override
    public Path opt() {
        return OPT;
    }

    @Override
    public Path runtimeFolder(Path hostFolder) {
        return readOnly(hostFolder, RUNTIME);
    }

    @Override
    public Path bundledModules(Path hostFolder) {
        return readOnly(hostFolder, BUNDLED_MODULES);
    }

    @Override
    public Path executable(Path hostExecutable) {
        Path real = realPath(hostExecutable);
        if (SystemDirectories.contain(real)) {
            return real;
        }
        Path folder = real.getParent();
        Path installation = folder.getFileName() != null && folder.getFileName().toString().equals("bin")
                ? folder.getParent() : folder;
        readOnly(installation, LANG);
        return LANG.resolve(installation.relativize(real));
    }

    @Override
    public Map<String, String> variables() {
        return Map.of();
    }

    @Override
    public List<String> command(List<String> command) {
        List<String> line = new ArrayList<>(List.of(bubblewrap.toString(),
                "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--new-session"));
        line.addAll(SystemDirectories.mounts());
        line.addAll(List.of("--proc", "/proc", "--dev", "/dev",
                "--size", Long.toString(function.ephemeralStorageMb() * 1024L * 1024L), "--tmpfs", "/tmp",
                "--ro-bind", function.codeDirectory().toString(), TASK_ROOT.toString()));
        if (Files.isDirectory(function.optDirectory())) {
            line.addAll(List.of("--ro-bind", function.optDirectory().toString(), OPT.toString()));
        } else {
            line.addAll(List.of("--dir", OPT.toString()));
        }
        line.addAll(mounts);
        line.addAll(List.of("--chdir", TASK_ROOT.toString(), "--"));
        line.addAll(command);
        return line;
    }

    @Override
    public Path workingDirectory() {
        return function.codeDirectory();
    }

    @Override
    public void delete() {
        // The environment's /tmp was a tmpfs of its own mount namespace: it went with the process.
    }

    private Path readOnly(Path host, Path inside) {
        mounts.addAll(List.of("--ro-bind", host.toString(), inside.toString()));
        return inside;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve the executable " + path, e);
        }
    }
}
