package dev.stratus.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built tarball, unpacked and run as a user would run it: layout, start and stop, refused starts, the class
 * archives kept in the cache, the heap policy, init scripts and {@code --prepare-runtimes}.
 */
@InstalledDistribution
class DistributionIT {

    @Test
    void theTarballHoldsOneFolderWithTheLayoutUsersExpect(InstalledStratus stratus) throws IOException {
        try (var entries = Files.list(stratus.home().getParent())) {
            assertEquals(1, entries.count());
        }
        Path home = stratus.home();
        for (String file : new String[] {"bin/stratus", "bin/awslocal", "conf/logback.xml", "conf/stratus.properties",
                "plugins/README.md", "LICENSE", "README.md"}) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        assertTrue(Files.getPosixFilePermissions(home.resolve("bin/stratus")).contains(PosixFilePermission.OWNER_EXECUTE));
        try (var jars = Files.list(home.resolve("lib"))) {
            assertTrue(jars.anyMatch(jar -> jar.getFileName().toString().startsWith("stratus-gateway")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stratus-service-sqs", "stratus-service-sns"})
    void pluginsShipAsJarsInPluginsAndNotInLib(String artifact, InstalledStratus stratus) throws IOException {
        try (var plugins = Files.list(stratus.home().resolve("plugins"))) {
            assertTrue(plugins.anyMatch(jar -> jar.getFileName().toString().startsWith(artifact)));
        }
        try (var lib = Files.list(stratus.home().resolve("lib"))) {
            assertFalse(lib.anyMatch(jar -> jar.getFileName().toString().startsWith(artifact)));
        }
    }

    @Test
    void itStartsAnswersHealthAndAwslocalReachesIt(InstalledStratus stratus) throws Exception {
        try (InstalledStratus.Server server = stratus.start(0)) {
            InstalledStratus.Run tables = stratus.awslocal(server.port(), Map.of(), "dynamodb", "list-tables");

            assertEquals(200, server.health());
            assertEquals(0, tables.exitCode(), tables.output());
            assertTrue(tables.stdout().contains("\"TableNames\""), tables.output());
        }
    }

    @Test
    void sigtermStopsItCleanlyAndFreesThePort(InstalledStratus stratus) throws Exception {
        InstalledStratus.Server server = stratus.start(0);
        int port = server.port();

        server.terminate();

        assertTrue(server.log().contains("Stratus stopped."), server.log());
        try (ServerSocket reuse = new ServerSocket(port)) {
            assertEquals(port, reuse.getLocalPort());
        }
    }

    @Test
    void aBusyPortStopsStartupWithOneLine(InstalledStratus stratus) throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            InstalledStratus.Run run = stratus.runToExit("--port", Integer.toString(busy.getLocalPort()));

            assertNotEquals(0, run.exitCode());
            assertOneLine(run.output(), "Cannot listen on 127.0.0.1:" + busy.getLocalPort());
        }
    }

    @Test
    void anUnknownFlagStopsStartupWithOneLine(InstalledStratus stratus) throws Exception {
        InstalledStratus.Run run = stratus.runToExit("--prot", "4566");

        assertNotEquals(0, run.exitCode());
        assertOneLine(run.output(), "Unknown options: '--prot'");
    }

    @Test
    void aFirstStartWithAnEmptyCacheAndTheStartAfterItAreHealthy(InstalledStratus stratus, @TempDir Path cache)
            throws Exception {
        for (int start = 1; start <= 2; start++) {
            try (InstalledStratus.Server server = stratus.start(Map.of("XDG_CACHE_HOME", cache.toString()), 0)) {
                assertEquals(200, server.health(), "start " + start);
                server.terminate();
                assertTrue(server.log().contains("Stratus stopped."), server.log());
            }
        }
    }

    @Test
    void aStartKeepsTheEightMostRecentlyUsedClassArchives(InstalledStratus stratus, @TempDir Path cache)
            throws Exception {
        Path archives = Files.createDirectories(cache.resolve("stratus"));
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7));
        for (int i = 1; i <= 10; i++) {
            Path archive = Files.write(archives.resolve("stratus-" + i + (i % 2 == 0 ? ".jsa" : ".aot")), new byte[] {1});
            Files.setLastModifiedTime(archive, FileTime.from(lastWeek.plus(Duration.ofHours(i))));
        }
        Path training = Files.write(archives.resolve("stratus-1.4242.aot"), new byte[] {1});
        Files.setLastModifiedTime(training, FileTime.from(lastWeek));

        stratus.runToExit(Map.of("XDG_CACHE_HOME", cache.toString()), "--prot", "4566");

        for (int i = 1; i <= 10; i++) {
            Path archive = archives.resolve("stratus-" + i + (i % 2 == 0 ? ".jsa" : ".aot"));
            assertEquals(i > 2, Files.exists(archive), archive.toString());
        }
        assertTrue(Files.exists(training), "an archive still being trained by another start stays");
    }

    @Test
    void aMalformedSettingStopsStartupNamingIt(InstalledStratus stratus) throws Exception {
        InstalledStratus.Run run = stratus.runToExit("--port", "forty");

        assertNotEquals(0, run.exitCode());
        assertOneLine(run.output(), "Setting 'port' has a malformed value 'forty'");
    }

    @Test
    void anUnreadablePluginJarStopsStartupNamingIt(InstalledStratus stratus, @TempDir Path plugins) throws Exception {
        Files.writeString(plugins.resolve("broken.jar"), "not a jar");

        InstalledStratus.Run run = stratus.runToExit("--port", "0", "--plugins-dir", plugins.toString());

        assertNotEquals(0, run.exitCode());
        assertOneLine(run.output(), "broken.jar");
    }

    @Test
    void versionAndHelpAnswerWithoutStarting(InstalledStratus stratus) throws Exception {
        InstalledStratus.Run version = stratus.runToExit("--version");
        InstalledStratus.Run help = stratus.runToExit("--help");

        assertEquals(0, version.exitCode());
        assertTrue(version.output().startsWith("Stratus " + System.getProperty("stratus.version")), version.output());
        assertTrue(help.output().contains("--plugins-dir"), help.output());
    }

    @Test
    void awslocalRefusesAnAwsCliV1WithOneLine(InstalledStratus stratus, @TempDir Path bin) throws Exception {
        Path fakeV1 = bin.resolve("aws");
        Files.writeString(fakeV1, "#!/bin/sh\necho 'aws-cli/1.45.11 Python/3.11.7 Linux/6 botocore/1.43.11'\n");
        fakeV1.toFile().setExecutable(true);

        InstalledStratus.Run run = stratus.awslocal(4566, Map.of("STRATUS_AWS_CLI", fakeV1.toString()), "sts", "get-caller-identity");

        assertNotEquals(0, run.exitCode());
        assertOneLine(run.output(), "is not an AWS CLI v2");
    }

    @Test
    void byDefaultTheJvmRunsTheSerialCollectorWithASmallInitialHeapAndAYoungGenerationAsLargeAsTheOld(
            InstalledStratus stratus) throws Exception {
        String flags = jvmFlags(stratus, "");

        assertTrue(flags.contains("-XX:+UseSerialGC"), flags);
        assertTrue(flags.contains("-XX:InitialHeapSize=16777216"), flags);
        assertTrue(flags.contains("-XX:NewRatio=1"), flags);
        assertTrue(flags.contains("-XX:MaxNewSize=67108864"), flags);
    }

    @Test
    void javaOptsNamingACollectorAndAnInitialHeapWinOverThePolicy(InstalledStratus stratus) throws Exception {
        String flags = jvmFlags(stratus, "-XX:+UseParallelGC -Xms64m");

        assertTrue(flags.contains("-XX:+UseParallelGC"), flags);
        assertFalse(flags.contains("-XX:+UseSerialGC"), flags);
        assertTrue(flags.contains("-XX:InitialHeapSize=67108864"), flags);
        assertFalse(flags.contains("-XX:NewRatio=1"), flags);
    }

    @Test
    void javaOptsNamingOnlyAnInitialHeapKeepTheSerialCollector(InstalledStratus stratus) throws Exception {
        String flags = jvmFlags(stratus, "-Xms32m");

        assertTrue(flags.contains("-XX:+UseSerialGC"), flags);
        assertTrue(flags.contains("-XX:InitialHeapSize=33554432"), flags);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmn8m", "-XX:NewRatio=3", "-Xmx48m"})
    void javaOptsSizingTheYoungGenerationOrBoundingTheHeapReplaceThePolicysYoungGeneration(String javaOpts,
            InstalledStratus stratus) throws Exception {
        String flags = jvmFlags(stratus, javaOpts);

        assertTrue(flags.contains("-XX:+UseSerialGC"), flags);
        assertFalse(flags.contains("-XX:NewRatio=1"), flags);
        assertFalse(flags.contains("warning"), flags);
    }

    @Test
    void initScriptsRunInNameOrderWithAwslocalAndAFailingOneDoesNotStopStratus(InstalledStratus stratus, @TempDir Path init)
            throws Exception {
        executable(init.resolve("01-fails.sh"), "echo about to fail; exit 3");
        executable(init.resolve("02-table.sh"), "set -e; awslocal dynamodb create-table --table-name Seeded "
                + "--attribute-definitions AttributeName=id,AttributeType=S "
                + "--key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST > /dev/null; "
                + "echo seeded at $STRATUS_ENDPOINT");
        Files.writeString(init.resolve("notes.txt"), "not a script");

        try (InstalledStratus.Server server = stratus.start(0, "--init-dir", init.toString())) {
            await().atMost(Duration.ofSeconds(120)).until(() -> server.log().contains("Init script 02-table.sh finished."));

            String log = server.log();
            assertTrue(log.contains("[init 01-fails.sh] about to fail"), log);
            assertTrue(log.contains("Init script 01-fails.sh failed with exit status 3; Stratus goes on."), log);
            assertTrue(log.contains("[init 02-table.sh] seeded at http://127.0.0.1:" + server.port()), log);
            assertTrue(log.indexOf("01-fails.sh") < log.indexOf("02-table.sh"), log);
            assertEquals(200, server.health());
            InstalledStratus.Run tables = stratus.awslocal(server.port(), Map.of(), "dynamodb", "list-tables");
            assertTrue(tables.stdout().contains("\"Seeded\""), tables.output());
        }
    }

    /** Through a stand-in npm beside a stand-in node, which records what it is asked to install. */
    @Test
    void prepareRuntimesInstallsThePinnedSdksOnceAndExits(InstalledStratus stratus, @TempDir Path root) throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path calls = root.resolve("npm-calls.txt");
        executable(bin.resolve("node"), "exit 0");
        executable(bin.resolve("npm"), "echo \"$@\" >> '" + calls + "'; while [ \"$1\" != --prefix ]; do shift; done\n"
                + "prefix=$2; shift 2; for p in \"$@\"; do mkdir -p \"$prefix/node_modules/${p%@*}\"; done");
        Path cache = root.resolve("node-sdk");
        String[] args = {"--prepare-runtimes", "--set", "lambda.runtime.nodejs.executable=" + bin.resolve("node"),
                "--set", "lambda.node-sdk-cache=" + cache};

        InstalledStratus.Run first = stratus.runToExit(Map.of(), args);
        InstalledStratus.Run second = stratus.runToExit(Map.of(), args);

        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains("stratus: the runtimes are prepared."), first.output());
        assertTrue(Files.isDirectory(cache.resolve("aws-sdk-2.1374.0/node_modules/aws-sdk")));
        assertTrue(Files.isDirectory(cache.resolve("aws-sdk-3.632.0/node_modules/@aws-sdk/client-dynamodb")));
        assertEquals(0, second.exitCode(), second.output());
        assertEquals(2, Files.readAllLines(calls).size(), "the second run installs nothing");
    }

    /** The flags of the JVM that bin/stratus starts with {@code javaOpts}, as the JVM lists them. */
    private static String jvmFlags(InstalledStratus stratus, String javaOpts) throws Exception {
        InstalledStratus.Run run = stratus.runToExit(
                Map.of("JAVA_OPTS", ("-XX:+PrintCommandLineFlags " + javaOpts).strip()), "--version");
        assertEquals(0, run.exitCode(), run.output());
        return run.output();
    }

    private static void executable(Path file, String body) throws Exception {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
    }

    private static void assertOneLine(String output, String expected) {
        String trimmed = output.strip();
        assertEquals(1, trimmed.lines().count(), output);
        assertTrue(trimmed.contains(expected), output);
        assertTrue(!trimmed.contains("Exception") && !trimmed.contains("\tat "), output);
    }
}
