package dev.stratus.lambda.runtime.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files our runtimes run from (the Node.js and Python bootstraps, the Java runtime interface client),
 * shipped as resources and copied once to a folder of the work directory, since processes need real files.
 */
public final class RuntimeFiles {

    private static final String RESOURCE_ROOT = "dev/stratus/lambda/runtime/";

    private final Path root;
    private final ClassLoader resources;
    /** The folders already copied, by name; guarded by {@code this}. */
    private final Map<String, Path> copied = new HashMap<>();

    public RuntimeFiles(Path root) {
        this(root, RuntimeFiles.class.getClassLoader());
    }

    RuntimeFiles(Path root, ClassLoader resources) {
        this.root = root;
        this.resources = resources;
    }

    /** The folder holding the resources of {@code name} ({@code nodejs}, {@code python}, {@code java}). */
    public synchronized Path folder(String name) {
        return copied.computeIfAbsent(name, this::copy);
    }

    private Path copy(String name) {
        URL url = resources.getResource(RESOURCE_ROOT + name);
        if (url == null) {
            throw new IllegalStateException("The runtime files " + RESOURCE_ROOT + name + " are missing from the classpath");
        }
        Path target = root.resolve(name);
        try {
            Files.createDirectories(target);
            if ("jar".equals(url.getProtocol())) {
                String location = url.toString();
                Path jar = Path.of(new URL(location.substring("jar:".length(), location.indexOf("!/"))).toURI());
                try (FileSystem jarFiles = FileSystems.newFileSystem(jar)) {
                    copyFiles(jarFiles.getPath("/" + RESOURCE_ROOT + name), target);
                }
            } else {
                copyFiles(Path.of(url.toURI()), target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the runtime files " + name + " to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the runtime files at " + url, e);
        }
    }

    private static void copyFiles(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.list(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
