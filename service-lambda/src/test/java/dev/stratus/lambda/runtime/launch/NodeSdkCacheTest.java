package dev.stratus.lambda.runtime.launch;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
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

    @AfterEach
    void closeCache() {
        cache.close();
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

    @Test
    void anInstallDeletesWhatAKilledInstallLeft() throws IOException {
        Path stale = Files.createDirectories(root.resolve("cache/aws-sdk-2.1374.0.installing-killed/node_modules/aws-sdk"));

        assertTrue(cache.prepare());

        assertTrue(Files.notExists(stale.getParent().getParent()));
    }

    @Test
    void anInvokeDuringTheBackgroundInstallWaitsForItInsteadOfRunningNpmAgain() throws Exception {
        Path release = root.resolve("release");
        Path bin = root.resolve("bin");
        executable(bin.resolve("npm"), "echo \"$@\" >> '" + calls + "'\n"
                + "while [ ! -e '" + release + "' ]; do sleep 0.05; done\n"
                + "while [ \"$1\" != --prefix ]; do shift; done; prefix=$2; shift 2\n"
                + "for package in \"$@\"; do mkdir -p \"$prefix/node_modules/${package%@*}\"; done");
        Path code = Files.createDirectories(root.resolve("code"));
        Files.writeString(code.resolve("index.js"), "const AWS = require('aws-sdk');");

        cache.prepareInBackground();
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(calls));
        CompletableFuture<Optional<Path>> invoke = CompletableFuture.supplyAsync(() -> cache.nodeModules(NodeSdk.V2, code));
        Files.createFile(release);

        assertEquals(Optional.of(root.resolve("cache/aws-sdk-2.1374.0/node_modules")), invoke.get(30, TimeUnit.SECONDS));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.isDirectory(root.resolve("cache/aws-sdk-3.632.0/node_modules")));
        List<String> installs = Files.readAllLines(calls);
        assertEquals(2, installs.size(), installs::toString);
        assertTrue(installs.get(0).endsWith(" aws-sdk@2.1374.0"), installs::toString);
    }

    @Test
    void closeDuringTheBackgroundInstallKillsNpmWithItsChildrenAndLeavesNoHalfInstalledSdk() throws Exception {
        Path pids = root.resolve("npm-pids.txt");
        executable(root.resolve("bin/npm"), "while [ \"$1\" != --prefix ]; do shift; done\n"
                + "mkdir -p \"$2/node_modules/aws-sdk\"\n"
                + "sleep 300 & echo $$ $! > '" + pids + "'\n"
                + "wait");

        cache.prepareInBackground();
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(pids) && Files.readString(pids).endsWith("\n"));
        cache.close();

        List<ProcessHandle> npmAndChild = Arrays.stream(Files.readString(pids).trim().split(" "))
                .map(pid -> ProcessHandle.of(Long.parseLong(pid))).flatMap(Optional::stream).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> npmAndChild.stream().noneMatch(ProcessHandle::isAlive));
        try (Stream<Path> entries = Files.list(root.resolve("cache"))) {
            assertEquals(List.of(), entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.endsWith(".lock")).toList());
        }
        assertFalse(cache.prepare(), "no install starts once the cache is closed");
    }

    private static void executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
    }
}
