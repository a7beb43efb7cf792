package dev.stratus.storage.rocksdb;

import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.rocksdb.CompressionType;
import org.rocksdb.Env;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.SstFileManager;
import org.rocksdb.WriteOptions;

/**
 * The durable engine: one RocksDB database in {@code <data-dir>/db}. Every namespace is a key prefix
 * (its name and a zero byte), so one RocksDB write batch commits writes to several namespaces atomically.
 *
 * <p>With {@code fsync} every commit is synced to disk before it returns (survives power loss); without it a
 * commit is in the write-ahead log in the OS's cache when it returns (survives a crash of the process, not of
 * the machine).
 *
 * <p>A write the disk cannot take fails with {@link StorageFailureException} and applies nothing; reads go on,
 * and writes succeed again once space returns (see {@link DiskRoom}).
 */
public final class RocksDbStorage implements Storage, AutoCloseable {

    static {
        RocksDB.loadLibrary();
    }

    private final DataDirectory directory;
    private final Options options;
    private final SstFileManager diskSpace;
    private final DiskRoom room;
    private final RocksDB db;
    private final WriteOptions writeOptions;
    private final Map<String, RocksNamespace> namespaces = new ConcurrentHashMap<>();

    private RocksDbStorage(DataDirectory directory, Options options, SstFileManager diskSpace, DiskRoom room, RocksDB db,
            WriteOptions writeOptions) {
        this.directory = directory;
        this.options = options;
        this.diskSpace = diskSpace;
        this.room = room;
        this.db = db;
        this.writeOptions = writeOptions;
    }

    /** Opens (creating if needed) the data directory; refuses one in use by another process or of a newer format. */
    public static RocksDbStorage open(Path dataDir, boolean fsync) {
        DataDirectory directory = DataDirectory.claim(dataDir);
        SstFileManager diskSpace = null;
        Options options = null;
        try {
            DiskRoom room = new DiskRoom(dataDir, DiskRoom.DEFAULT_RESERVE);
            diskSpace = new SstFileManager(Env.getDefault());
            options = new Options().setCreateIfMissing(true).setCompressionType(CompressionType.LZ4_COMPRESSION)
                    .setKeepLogFileNum(2).setSstFileManager(diskSpace);
            RocksDB db = RocksDB.open(options, directory.database().toString());
            return new RocksDbStorage(directory, options, diskSpace, room, db,
                    new WriteOptions().setSync(fsync));
        } catch (RocksDBException | StorageOpenException e) {
            if (options != null) {
                options.close();
            }
            if (diskSpace != null) {
                diskSpace.close();
            }
            try {
                directory.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw new StorageOpenException("Cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return directory.root();
    }

    @Override
    public KeyValueStore namespace(String name) {
        return namespaces.computeIfAbsent(name, n -> new RocksNamespace(n, prefixOf(n), this));
    }

    @Override
    public void commit(WriteBatch batch) {
        try (org.rocksdb.WriteBatch rocks = new org.rocksdb.WriteBatch()) {
            for (WriteBatch.Write write : batch.writes()) {
                byte[] key = ByteKeys.concat(prefixOf(write.namespace()), write.key());
                if (write instanceof WriteBatch.Write.Put put) {
                    rocks.put(key, put.value());
                } else {
                    rocks.delete(key);
                }
            }
            room.ensureRoomFor(rocks.getDataSize());
            db.write(writeOptions, rocks);
        } catch (RocksDBException e) {
            throw new StorageFailureException("The disk refused a write: " + e.getMessage(), e);
        }
        batch.afterCommitActions().forEach(Runnable::run);
    }

    /**
     * The tracker of the database's files: when a flush or compaction fails for want of space, RocksDB stops
     * taking writes and this tracker resumes them once the disk has room again.
     */
    SstFileManager diskSpace() {
        return diskSpace;
    }

    @Override
    public String engineName() {
        return "rocksdb";
    }

    Optional<byte[]> get(byte[] fullKey) {
        try {
            return Optional.ofNullable(db.get(fullKey));
        } catch (RocksDBException e) {
            throw new StorageFailureException("The disk refused a read: " + e.getMessage(), e);
        }
    }

    Stream<KeyValue> scan(byte[] prefix, KeyRange range) {
        return RangeScan.open(db, prefix, range);
    }

    @Override
    public void close() {
        writeOptions.close();
        db.close();
        options.close();
        diskSpace.close();
        try {
            directory.close();
        } catch (IOException e) {
            throw new StorageFailureException("Cannot release the data directory lock: " + e.getMessage(), e);
        }
    }

    private static byte[] prefixOf(String namespace) {
        return ByteKeys.concat(namespace.getBytes(StandardCharsets.UTF_8), new byte[] {0});
    }
}
