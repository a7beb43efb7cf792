package dev.stratus.storage.rocksdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A data directory owned by this process: an OS file lock on {@code stratus.lock} (holding the owner's pid)
 * keeps a second Stratus out, and {@code FORMAT} names the storage format the directory was written in.
 */
final class DataDirectory implements AutoCloseable {

    static final int FORMAT_VERSION = 1;
    private static final String FORMAT_PREFIX = "stratus-storage-format=";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataDirectory claim(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new StorageOpenException("Cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve("stratus.lock"), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = new String(Files.readAllBytes(root.resolve("stratus.lock")), StandardCharsets.UTF_8).strip();
                channel.close();
                throw new StorageOpenException("The data directory " + root + " is in use by another Stratus (process "
                        + (owner.isEmpty() ? "unknown" : owner) + ").");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            checkFormat(root);
            return new DataDirectory(root, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageOpenException("Cannot open the data directory " + root + ": " + e.getMessage(), e);
        } catch (StorageOpenException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    Path database() {
        return root.resolve("db");
    }

    Path root() {
        return root;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void checkFormat(Path root) throws IOException {
        Path format = root.resolve("FORMAT");
        if (!Files.exists(format)) {
            Files.writeString(format, FORMAT_PREFIX + FORMAT_VERSION + "\n");
            return;
        }
        String text = Files.readString(format).strip();
        int version;
        try {
            version = Integer.parseInt(text.substring(text.indexOf('=') + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new StorageOpenException("The data directory " + root + " has an unreadable FORMAT file: '" + text + "'.");
        }
        if (!text.startsWith(FORMAT_PREFIX) || version > FORMAT_VERSION) {
            throw new StorageOpenException("The data directory " + root + " was written by a newer Stratus (storage format "
                    + version + "; this one reads format " + FORMAT_VERSION + ").");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing the lock file after a failed open: the open's failure is what gets reported.
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }
}
