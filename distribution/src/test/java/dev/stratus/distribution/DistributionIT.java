package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built tarball, unpacked and run as a user would run it. */
class DistributionIT {

    @TempDir
    static Path unpacked;
    private static InstalledStratus stratus;

    @BeforeAll
    static void unpack() throws Exception {
        stratus = InstalledStratus.unpack(unpacked);
    }

    @Test
    void theTarballHoldsOneFolderWithTheLayoutUsersExpect() throws IOException {
        try (var entries = Files.list(unpacked)) {
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

    @Test
    void itStartsAnswersHealthAndAwslocalReachesIt() throws Exception {
        try (InstalledStratus.Server server = stratus.start(InstalledStratus.freePort())) {
            InstalledStratus.Run tables = stratus.awslocal(server.port(), Map.of(), "dynamodb", "list-tables");

            assertEquals(200, server.health());
            assertEquals(0, tables.exitCode(), tables.output());
            assertTrue(tables.stdout().contains("\"TableNames\""), tables.output());
        }
    }

    @Test
    void sigtermStopsItCleanlyAndFreesThePort() throws Exception {
        int port = InstalledStratus.freePort();
        InstalledStratus.Server server = stratus.start(port);

        server.terminate();

        assertTrue(server.log().contains("Stratus stopped."), server.log());
        try (ServerSocket reuse = new ServerSocket(port)) {
            assertEquals(port, reuse.getLocalPort());
        }
    }

    @Test
    void aBusyPortStopsStartupWithOneLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            InstalledStratus.Run run = stratus.runToExit("--port", Integer.toString(busy.getLocalPort()));

            assertNotEquals(0, run.exitCode());
            assertOneLine(run.output(), "Cannot listen on 127.0.0.1:" + busy.getLocalPort());
        }
    }

    @Test
    void anUnknownFlagStopsStartupWithOneLine() throws Exception {
        InstalledStratus.Run run = stratus.runToExit("--prot", "4566");

        assertNotEquals(0, run.exitCode());
        assertOneLine(run.output(), "Unknown options: '--prot'");
    }

    @Test
    void aMalformedSettingStopsStartupNamingIt() throws Exception {
        InstalledStratus.Run run = stratus.runToExit("--port", "forty");

        assertNotEquals(0, run.exitCode());
        assertOneLine(run.output(), "Setting 'port' has a malformed value 'forty'");
    }

    @Test
    void anUnreadablePluginJarStopsStartupNamingIt(@TempDir Path plugins) throws Exception {
        Files.writeString(plugins.resolve("broken.jar"), "not a jar");

        InstalledStratus.Run run = stratus.runToExit("--port", "0", "--plugins-dir", plugins.toString());

        assertNotEquals(0, run.exitCode());
        assertOneLine(run.output(), "broken.jar");
    }

    @Test
    void versionAndHelpAnswerWithoutStarting() throws Exception {
        InstalledStratus.Run version = stratus.runToExit("--version");
        InstalledStratus.Run help = stratus.runToExit("--help");

        assertEquals(0, version.exitCode());
        assertTrue(version.output().startsWith("Stratus " + System.getProperty("stratus.version")), version.output());
        assertTrue(help.output().contains("--plugins-dir"), help.output());
    }

    @Test
    void awslocalRefusesAnAwsCliV1WithOneLine(@TempDir Path bin) throws Exception {
        Path fakeV1 = bin.resolve("aws");
        Files.writeString(fakeV1, "#!/bin/sh\necho 'aws-cli/1.45.11 Python/3.11.7 Linux/6 botocore/1.43.11'\n");
        fakeV1.toFile().setExecutable(true);

        InstalledStratus.Run run = stratus.awslocal(4566, Map.of("STRATUS_AWS_CLI", fakeV1.toString()), "sts", "get-caller-identity");

        assertNotEquals(0, run.exitCode());
        assertOneLine(run.output(), "is not an AWS CLI v2");
    }

    private static void assertOneLine(String output, String expected) {
        String trimmed = output.strip();
        assertEquals(1, trimmed.lines().count(), output);
        assertTrue(trimmed.contains(expected), output);
        assertTrue(!trimmed.contains("Exception") && !trimmed.contains("\tat "), output);
    }
}
