package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/stratus} on Java 25 or newer: the first start trains the JDK's ahead-of-time cache, which the JVM writes
 * as Stratus stops on SIGTERM; the next start adopts it and its classes come from it; a damaged cache is ignored.
 * Runs only where a JDK 25 or newer is installed (the build's own JDK or one under /usr/lib/jvm).
 */
@InstalledDistribution
class AotCacheIT {

    /** The stop that writes the cache runs a second JVM to assemble it: seconds, minutes on a crowded machine. */
    private static final Duration ASSEMBLY_PATIENCE = Duration.ofMinutes(5);
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
    private static final Pattern TRAINED = Pattern.compile("stratus-\\d+\\.\\d+\\.aot");
    private static final Pattern ADOPTED = Pattern.compile("stratus-\\d+\\.aot");

    @TempDir
    Path workspace;

    @Test
    void firstStartTrainsTheCacheOnStopAndTheNextStartLoadsItsClassesFromIt(InstalledStratus stratus) throws Exception {
        Optional<Path> jdk = jdk25OrNewer();
        assumeTrue(jdk.isPresent(), "needs a JDK 25 or newer (none in java.home or /usr/lib/jvm)");
        Path cache = workspace.resolve("cache");
        Path classLog = workspace.resolve("classes.log");
        Map<String, String> environment = Map.of("JAVA_HOME", jdk.get().toString(), "XDG_CACHE_HOME", cache.toString(),
                "JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog);

        try (InstalledStratus.Server first = stratus.start(environment, 0)) {
            assertEquals(200, first.health());
            assertTrue(cacheFiles(cache).stream().noneMatch(name -> name.endsWith(".aot")), "no cache before the stop");
            first.terminate(ASSEMBLY_PATIENCE);
        }
        List<String> trained = cacheFiles(cache);
        assertEquals(1, trained.size(), "the stop wrote one cache and removed its configuration: " + trained);
        assertTrue(TRAINED.matcher(trained.get(0)).matches(), trained.get(0));

        try (InstalledStratus.Server second = stratus.start(environment, 0)) {
            assertEquals(200, second.health());
            List<String> files = cacheFiles(cache);
            assertEquals(1, files.size(), files.toString());
            assertTrue(ADOPTED.matcher(files.get(0)).matches(), "adopted under its final name, no new training: " + files);
            assertTrue(loadedFromCache(classLog, "dev.stratus.gateway.Stratus"), "Stratus's classes come from the cache");
            second.terminate();
            assertFalse(second.log().contains("AOTCache creation"), second.log());
        }

        Path adopted = cache.resolve("stratus").resolve(cacheFiles(cache).get(0));
        Files.writeString(adopted, "not a cache");
        try (InstalledStratus.Server third = stratus.start(environment, 0)) {
            assertEquals(200, third.health(), "a damaged cache is ignored");
            assertFalse(third.log().contains("[error"), third.log());
        }
    }

    private static List<String> cacheFiles(Path cache) throws IOException {
        Path directory = cache.resolve("stratus");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean loadedFromCache(Path classLog, String className) throws IOException {
        String line = className + " source: shared objects file";
        return Files.readAllLines(classLog, StandardCharsets.UTF_8).stream().anyMatch(l -> l.contains(line));
    }

    private static Optional<Path> jdk25OrNewer() throws IOException {
        Path own = Path.of(System.getProperty("java.home"));
        if (major(own) >= 25) {
            return Optional.of(own);
        }
        Path installed = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(installed)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(installed)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java"))).filter(home -> major(home) >= 25)
                    .sorted().findFirst();
        }
    }

    private static int major(Path javaHome) {
        try {
            Matcher version = RELEASE_VERSION.matcher(Files.readString(javaHome.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
