package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * The locks a write (or a transaction's read) of some items holds while it reads, decides and commits: the
 * shared item-writers lock of each of their tables in storage-id order, then the items' lock stripes ordered by
 * table storage id and stripe. Every writer takes them in that one order, so writers of overlapping items never
 * deadlock, writers of other items of the same table run beside each other, and none runs beside a table-level
 * change (which holds the table's {@link Table#writeLock()}). Released in reverse order.
 */
public final class ItemLocks implements AutoCloseable {

    private static final Comparator<Stripe> ORDER = Comparator
            .<Stripe>comparingLong(stripe -> stripe.table().definition().id())
            .thenComparingInt(Stripe::index);

    private final Lock[] held;

    private ItemLocks(Lock[] held) {
        this.held = held;
    }

    /**
     * Locks one item, given its {@link PrimaryKey#encoded() encoded} primary key: a single-item write's two locks,
     * without sorting. A table deleted meanwhile is "Requested resource not found".
     */
    public static ItemLocks lock(Table table, byte[] encodedKey) {
        return acquire(new Lock[] {table.itemWritersLock(), table.itemLock(Table.itemStripe(encodedKey))},
                List.of(table));
    }

    /** Locks every item; a table deleted meanwhile is "Requested resource not found". */
    public static ItemLocks lock(Collection<LockedItem> items) {
        List<Table> tables = items.stream().map(LockedItem::table).distinct()
                .sorted(Comparator.comparingLong(table -> table.definition().id())).toList();
        List<Stripe> stripes = items.stream()
                .map(item -> new Stripe(item.table(), Table.itemStripe(item.key().encoded())))
                .distinct().sorted(ORDER).toList();
        Lock[] held = new Lock[tables.size() + stripes.size()];
        for (int i = 0; i < tables.size(); i++) {
            held[i] = tables.get(i).itemWritersLock();
        }
        for (int i = 0; i < stripes.size(); i++) {
            held[tables.size() + i] = stripes.get(i).table().itemLock(stripes.get(i).index());
        }
        return acquire(held, tables);
    }

    private static ItemLocks acquire(Lock[] held, List<Table> tables) {
        for (Lock lock : held) {
            lock.lock();
        }
        ItemLocks locks = new ItemLocks(held);
        for (Table table : tables) {
            if (table.isDeleted()) {
                locks.close();
                throw DynamoDbErrors.resourceNotFound();
            }
        }
        return locks;
    }

    @Override
    public void close() {
        for (int i = held.length - 1; i >= 0; i--) {
            held[i].unlock();
        }
    }

    /** An item to lock. */
    public record LockedItem(Table table, PrimaryKey key) {
    }

    private record Stripe(Table table, int index) {
    }
}
