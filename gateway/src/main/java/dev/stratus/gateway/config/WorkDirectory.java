package dev.stratus.gateway.config;

import dev.stratus.gateway.StartupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where Stratus writes working files: the configured directory, kept; or a temporary one of its own, deleted
 * when Stratus stops so that runs leave nothing behind.
 */
public record WorkDirectory(Path path, boolean temporary) {

    static WorkDirectory create(String configured) {
        try {
            if (configured != null) {
                return new WorkDirectory(Files.createDirectories(Path.of(configured)), false);
            }
            return new WorkDirectory(Files.createTempDirectory("stratus-"), true);
        } catch (IOException e) {
            throw new StartupException("Cannot create the work directory: " + e.getMessage());
        }
    }

    /** Deletes a temporary work directory with everything in it; a configured one is left alone. */
    public void release() {
        if (!temporary || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary work directory " + path, e);
        }
    }
}
