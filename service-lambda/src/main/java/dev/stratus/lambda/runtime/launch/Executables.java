package dev.stratus.lambda.runtime.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds executables as a shell would: a path as given, a bare name on the {@code PATH}. */
final class Executables {

    private Executables() {
    }

    static Optional<Path> find(String nameOrPath) {
        try {
            if (nameOrPath.contains(File.separator)) {
                Path path = Path.of(nameOrPath);
                return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
            }
            String searchPath = System.getenv().getOrDefault("PATH", "");
            for (String dir : searchPath.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Path candidate = Path.of(dir, nameOrPath);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
