package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.change.ChangePublisher;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;

/**
 * Applies item changes atomically and publishes them: one {@link WriteBatch} holds the item writes and their
 * index entries and the tallies DescribeTable shows, every {@link dev.stratus.dynamodb.api.ItemChangeListener} sees each change and may add to the
 * batch, the {@link ItemHistory} keeps what it replaced, then the batch is committed. Writes that change nothing are neither written nor published.
 *
 * <p>Callers decide the writes holding the {@link ItemLocks} of every item involved (or a table's write lock)
 * and keep holding them through {@link #commit}; PutItem, UpdateItem, DeleteItem, BatchWriteItem, transactions
 * and expiry all commit through here. The encoding happens beside other commits; only the listeners (which
 * assign stream sequence numbers), the tallies and the storage commit run under the tables' commit locks, so
 * each table's commits take their sequence numbers and tallies in the order they become visible.
 */
@Singleton
public final class ItemCommitter {

    private final TableKeyspace keyspace;
    private final Storage storage;
    private final ChangePublisher publisher;
    private final ItemHistory history;
    private final Clock clock;

    @Inject
    public ItemCommitter(TableKeyspace keyspace, Storage storage, ChangePublisher publisher, ItemHistory history,
                         Clock clock) {
        this.keyspace = keyspace;
        this.storage = storage;
        this.publisher = publisher;
        this.history = history;
        this.clock = clock;
    }

    public void commit(List<ItemWrite> writes) {
        commit(writes, new WriteBatch(), null);
    }

    public void commit(ItemWrite write) {
        commit(List.of(write), new WriteBatch(), null);
    }

    /**
     * Commits {@code writes} atomically with whatever {@code batch} already holds (a transaction's idempotency
     * record); {@code userIdentity} names the service when it changes items itself (TTL expiry), else {@code null}.
     */
    public void commit(List<ItemWrite> writes, WriteBatch batch, ItemChange.UserIdentity userIdentity) {
        Instant now = clock.instant();
        TallyChanges tallies = new TallyChanges();
        List<ItemChange> changes = new ArrayList<>();
        List<ItemWrite> changing = new ArrayList<>(writes.size());
        for (ItemWrite write : writes) {
            if (write.changesNothing()) {
                continue;
            }
            changing.add(write);
            writeItem(write, batch);
            writeIndexEntries(write, batch, tallies);
            long itemDelta = (write.newItem() == null ? 0 : 1) - (write.oldItem() == null ? 0 : 1);
            tallies.table(write.table(), itemDelta, write.newSize() - write.oldSize());
            if (publisher.wantsItemChanges(write.table().definition())) {
                changes.add(change(write, now, userIdentity));
            }
        }
        List<Lock> commitLocks = commitLocks(writes);
        commitLocks.forEach(Lock::lock);
        try {
            changes.forEach(change -> publisher.publish(change, batch));
            changing.forEach(write -> history.record(write, now, batch));
            tallies.addTo(batch, keyspace);
            if (!batch.isEmpty()) {
                storage.commit(batch);
            }
        } finally {
            for (int i = commitLocks.size() - 1; i >= 0; i--) {
                commitLocks.get(i).unlock();
            }
        }
    }

    /** The commit locks of the tables written, in storage-id order. */
    private static List<Lock> commitLocks(List<ItemWrite> writes) {
        if (writes.size() == 1) {
            return List.of(writes.get(0).table().commitLock());
        }
        return writes.stream().map(ItemWrite::table).distinct()
                .sorted(Comparator.comparingLong(table -> table.definition().id()))
                .map(Table::commitLock).toList();
    }

    private void writeItem(ItemWrite write, WriteBatch batch) {
        if (write.newItem() == null) {
            batch.delete(keyspace.items(), write.storageKey());
        } else {
            batch.put(keyspace.items(), write.storageKey(), ItemEncoding.encode(write.newItem(), write.newSize()));
        }
    }

    private void writeIndexEntries(ItemWrite write, WriteBatch batch, TallyChanges tallies) {
        TableDefinition table = write.table().definition();
        for (SecondaryIndex index : table.indexes()) {
            IndexEntry before = IndexEntry.of(table, index, write.key(), write.oldItem());
            IndexEntry after = IndexEntry.of(table, index, write.key(), write.newItem());
            if (before != null && (after == null || !Arrays.equals(before.storageKey(), after.storageKey()))) {
                batch.delete(keyspace.indexes(), before.storageKey());
            }
            if (after != null && !after.sameAs(before)) {
                batch.put(keyspace.indexes(), after.storageKey(), ItemEncoding.encode(after.attributes()));
            }
            long itemDelta = (after == null ? 0 : 1) - (before == null ? 0 : 1);
            long sizeDelta = (after == null ? 0 : after.size()) - (before == null ? 0 : before.size());
            if (itemDelta != 0 || sizeDelta != 0) {
                tallies.index(write.table(), index.number(), itemDelta, sizeDelta);
            }
        }
    }

    private static ItemChange change(ItemWrite write, Instant now, ItemChange.UserIdentity userIdentity) {
        Table table = write.table();
        TableDefinition definition = table.definition();
        Map<String, AttributeValue> keys = write.key().attributes();
        ChangeType type = write.oldItem() == null ? ChangeType.INSERT
                : write.newItem() == null ? ChangeType.REMOVE : ChangeType.MODIFY;
        return new ItemChange(definition.accountId(), definition.region(), definition.name(), type,
                keys, write.oldItem(), write.newItem(),
                ItemSize.of(keys), write.oldSize(), write.newSize(), now, userIdentity);
    }
}
