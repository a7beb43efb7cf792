package dev.stratus.lambda.runtime.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The host's system directories an environment sees read-only: programs, libraries and {@code /etc} (name
 * resolution, certificates). A directory that is a link ({@code /bin -> usr/bin}) stays a link.
 */
final class SystemDirectories {

    private static final List<Path> DIRECTORIES = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
            "/libx32", "/etc").stream().map(Path::of).toList();

    private SystemDirectories() {
    }

    /** Whether a real (link-free) path lies in the system directories. */
    static boolean contain(Path realPath) {
        return DIRECTORIES.stream().filter(Files::isDirectory).map(SystemDirectories::realPath)
                .anyMatch(realPath::startsWith);
    }

    /** bubblewrap's arguments that show the system directories present on this host. */
    static List<String> mounts() {
        List<String> arguments = new ArrayList<>();
        for (Path directory : DIRECTORIES) {
            if (Files.isSymbolicLink(directory)) {
                arguments.addAll(List.of("--symlink", readLink(directory), directory.toString()));
            } else if (Files.isDirectory(directory)) {
                arguments.addAll(List.of("--ro-bind", directory.toString(), directory.toString()));
            }
        }
        return arguments;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the link " + link, e);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + path, e);
        }
    }
}
