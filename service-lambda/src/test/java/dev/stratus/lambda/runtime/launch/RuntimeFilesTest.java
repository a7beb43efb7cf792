package dev.stratus.lambda.runtime.launch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeFilesTest {

    private static final String RESOURCES = "dev/stratus/lambda/runtime/";

    @TempDir
    Path root;

    @Test
    void runtimeFilesAreCopiedFromTheClassesFolder() {
        RuntimeFiles files = new RuntimeFiles(root.resolve("runtimes"));

        assertTrue(Files.isRegularFile(files.folder("nodejs").resolve("bootstrap.js")));
        assertTrue(Files.isRegularFile(files.folder("python").resolve("bootstrap.py")));
        assertTrue(hasRuntimeInterfaceClient(files.folder("java")));
    }

    @Test
    void runtimeFilesAreCopiedFromAJarAsInTheDistribution() throws IOException {
        Path jar = jarOfTheRuntimeResources();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RuntimeFiles files = new RuntimeFiles(root.resolve("runtimes"), loader);

            assertTrue(Files.isRegularFile(files.folder("nodejs").resolve("sdk-resolve-hook.mjs")));
            assertTrue(hasRuntimeInterfaceClient(files.folder("java")));
        }
    }

    private static boolean hasRuntimeInterfaceClient(Path folder) {
        try (Stream<Path> jars = Files.list(folder)) {
            return jars.anyMatch(jar -> jar.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The runtime resources packed as the module's jar packs them, directory entries included. */
    private Path jarOfTheRuntimeResources() throws IOException {
        Path classes = Path.of(RuntimeFilesTest.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolveSibling("classes");
        Path jar = root.resolve("service-lambda.jar");
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(classes.resolve(RESOURCES))) {
            entries = walk.sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Path entry : entries) {
                String name = classes.relativize(entry).toString().replace('\\', '/');
                boolean directory = Files.isDirectory(entry);
                out.putNextEntry(new JarEntry(directory ? name + "/" : name));
                if (!directory) {
                    Files.copy(entry, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
