package dev.stratus.storage.rocksdb;

import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;

/**
 * A scan of one namespace's key range over a snapshot, as a stream that releases the iterator, the bounds
 * and the snapshot when it is closed.
 */
final class RangeScan extends Spliterators.AbstractSpliterator<KeyValue> {

    private final RocksDB db;
    private final Snapshot snapshot;
    private final ReadOptions readOptions;
    private final Slice lower;
    private final Slice upper;
    private final RocksIterator iterator;
    private final int prefixLength;
    private final boolean reverse;

    private RangeScan(RocksDB db, byte[] prefix, KeyRange range) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.db = db;
        this.prefixLength = prefix.length;
        this.reverse = range.reverse();
        this.snapshot = db.getSnapshot();
        this.lower = new Slice(range.start() == null ? prefix : ByteKeys.concat(prefix, range.start()));
        byte[] end = range.end() == null ? ByteKeys.prefixEnd(prefix) : ByteKeys.concat(prefix, range.end());
        this.upper = new Slice(end);
        this.readOptions = new ReadOptions().setSnapshot(snapshot).setIterateLowerBound(lower).setIterateUpperBound(upper);
        this.iterator = db.newIterator(readOptions);
        if (reverse) {
            iterator.seekToLast();
        } else {
            iterator.seekToFirst();
        }
    }

    static Stream<KeyValue> open(RocksDB db, byte[] prefix, KeyRange range) {
        RangeScan scan = new RangeScan(db, prefix, range);
        return StreamSupport.stream(scan, false).onClose(scan::release);
    }

    @Override
    public boolean tryAdvance(Consumer<? super KeyValue> action) {
        if (!iterator.isValid()) {
            return false;
        }
        byte[] key = iterator.key();
        action.accept(new KeyValue(Arrays.copyOfRange(key, prefixLength, key.length), iterator.value()));
        if (reverse) {
            iterator.prev();
        } else {
            iterator.next();
        }
        return true;
    }

    private void release() {
        iterator.close();
        readOptions.close();
        lower.close();
        upper.close();
        db.releaseSnapshot(snapshot);
    }
}
