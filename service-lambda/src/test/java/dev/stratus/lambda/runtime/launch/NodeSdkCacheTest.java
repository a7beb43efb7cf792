package dev.stratus.lambda.runtime.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK cache with a stand-in npm beside a stand-in node, which records each install it is asked for. */
class NodeSdkCacheTest {

    @TempDir
    Path root;
    private Path calls;
    private NodeSdkCache cache;

    @BeforeEach
    void standInNodeAndNpm() throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        calls = root.resolve("npm-calls.txt");
        executable(bin.resolve("node"), "exit 0");
        executable(bin.resolve("npm"), "echo \"$@\" >> '" + calls + "'\n"
                + "while [ \"$1\" != --prefix ]; do shift; done; prefix=$2; shift 2\n"
                + "for package in \"$@\"; do mkdir -p \"$prefix/node_modules/${package%@*}\"; done");
        cache = new NodeSdkCache(root.resolve("cache"), bin.resolve("node").toString());
    }

    @Test
    void prepareInstallsEverySdkAtItsPinnedVersionAndAnInvokeAfterItDoesNotRunNpm() throws IOException {
        assertTrue(cache.prepare());
        List<String> installs = Files.readAllLines(calls);

        Path code = Files.createDirectories(root.resolve("code"));
        Files.writeString(code.resolve("index.js"), "const AWS = require('aws-sdk');");
        Optional<Path> modules = cache.nodeModules(NodeSdk.V2, code);

        assertEquals(2, installs.size(), installs::toString);
        assertTrue(installs.get(0).endsWith(" aws-sdk@2.1374.0"), installs::toString);
        assertTrue(installs.get(1).contains(" @aws-sdk/client-dynamodb@3.632.0"), installs::toString);
        assertEquals(Optional.of(root.resolve("cache/aws-sdk-2.1374.0/node_modules")), modules);
        assertEquals(installs, Files.readAllLines(calls));
    }

    @Test
    void prepareOfAFilledCacheRunsNoNpm() throws IOException {
        cache.prepare();
        Files.delete(calls);

        assertTrue(cache.prepare());

        assertTrue(Files.notExists(calls));
    }

    private static void executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
    }
}
