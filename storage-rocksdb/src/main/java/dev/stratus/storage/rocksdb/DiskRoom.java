package dev.stratus.storage.rocksdb;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The free space a write needs on the data directory's disk. RocksDB cannot take writes again after its
 * write-ahead log hit a full disk until it is reopened, so writes are refused while less than the reserve is
 * free: the database never sees the full disk, reads go on, and writes resume on their own once space returns.
 * The reserve leaves room for a memtable flush.
 */
final class DiskRoom {

    static final long DEFAULT_RESERVE = 64L << 20;

    private final Path directory;
    private final FileStore disk;
    private final long reserve;

    DiskRoom(Path directory, long reserve) {
        this.directory = directory;
        this.reserve = reserve;
        try {
            this.disk = Files.getFileStore(directory);
        } catch (IOException e) {
            throw new StorageOpenException("Cannot find the disk of the data directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Throws {@link StorageFailureException} unless a write of {@code bytes} leaves the reserve free. */
    void ensureRoomFor(long bytes) {
        long usable;
        try {
            usable = disk.getUsableSpace();
        } catch (IOException e) {
            throw new StorageFailureException("The disk refused a write: cannot read the free space of " + directory
                    + ": " + e.getMessage(), e);
        }
        if (usable - bytes < reserve) {
            throw new StorageFailureException("The disk refused a write: " + usable + " bytes free on the disk of "
                    + directory + ", and Stratus keeps " + reserve + " bytes free", null);
        }
    }
}
