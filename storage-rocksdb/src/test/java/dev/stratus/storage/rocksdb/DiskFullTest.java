package dev.stratus.storage.rocksdb;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.WriteBatch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk without room: writes fail with {@link StorageFailureException} and apply nothing, reads keep working,
 * and writes succeed again once there is room.
 */
class DiskFullTest {

    private static final byte[] MEGABYTE = new byte[1 << 20];

    @TempDir
    Path temp;
    private RocksDbStorage storage;
    private Path mounted;

    @AfterEach
    void closeAndUnmount() throws Exception {
        if (storage != null) {
            storage.close();
        }
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    /**
     * The space limit RocksDB enforces on its own files stands in for a full disk: it fails a flush the way a
     * full disk does, on any OS and without privileges.
     */
    @Test
    void aSpaceLimitFailsWritesKeepsReadsAndRecoversWhenRaised() {
        storage = RocksDbStorage.open(temp.resolve("data"), false);
        KeyValueStore items = storage.namespace("test.items");
        items.put(bytes("before"), bytes("kept"));

        storage.diskSpace().setMaxAllowedSpaceUsage(1);

        assertFailsWritesKeepsReads(items);
        storage.diskSpace().setMaxAllowedSpaceUsage(0);
        assertWritesRecover(items);
    }

    /** A real full disk: a small tmpfs filled by a ballast file, then the ballast removed. */
    @Test
    void aFullDiskFailsWritesKeepsReadsAndRecoversWhenSpaceReturns() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=192m", "tmpfs", disk.toString()),
                "Mounting a small tmpfs to fill needs Linux and root (CAP_SYS_ADMIN); this machine refused the mount, "
                        + "so only the space-limit test exercises a full disk here");
        mounted = disk;
        storage = RocksDbStorage.open(disk.resolve("data"), false);
        KeyValueStore items = storage.namespace("test.items");
        items.put(bytes("before"), bytes("kept"));
        Path ballast = disk.resolve("ballast");
        fill(ballast);

        assertFailsWritesKeepsReads(items);
        Files.delete(ballast);
        assertWritesRecover(items);
    }

    private void assertFailsWritesKeepsReads(KeyValueStore items) {
        KeyValueStore records = storage.namespace("test.records");
        StorageFailureException failure = fillUntilAWriteFails(items);
        assertTrue(failure.getMessage().startsWith("The disk refused a write"), failure.getMessage());

        assertThrows(StorageFailureException.class, () -> storage.commit(new WriteBatch()
                .put(items, bytes("item"), bytes("v")).put(records, bytes("record"), bytes("r"))));

        assertFalse(items.get(bytes("item")).isPresent());
        assertFalse(records.get(bytes("record")).isPresent());
        assertArrayEquals(bytes("kept"), items.get(bytes("before")).orElseThrow());
    }

    private static void assertWritesRecover(KeyValueStore items) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(StorageFailureException.class).until(() -> {
            items.put(bytes("after"), bytes("written"));
            return true;
        });
        assertArrayEquals(bytes("written"), items.get(bytes("after")).orElseThrow());
        assertArrayEquals(bytes("kept"), items.get(bytes("before")).orElseThrow());
    }

    private static StorageFailureException fillUntilAWriteFails(KeyValueStore items) {
        for (int i = 0; i < 1000; i++) {
            try {
                items.put(bytes("filler-" + i), MEGABYTE);
            } catch (StorageFailureException e) {
                return e;
            }
        }
        throw new AssertionError("no write failed");
    }

    /** Writes the file until the disk refuses more. */
    private static void fill(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(MEGABYTE);
            }
        } catch (IOException full) {
            assertTrue(Files.exists(file), "the ballast was not written: " + full.getMessage());
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
