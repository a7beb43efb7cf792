package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.item.InFlightTransactions;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items of the write transactions in flight. A transaction claims all its items before it locks them and
 * releases them before it unlocks them; a second transaction finding one of its items claimed does not wait,
 * it is cancelled with {@code TransactionConflict}, and a single-item write finding its item claimed fails with
 * TransactionConflictException, as on AWS.
 */
@Singleton
public final class InFlightItems implements InFlightTransactions {

    /** Changed only under {@code this} (so a claim is all or nothing); read without it by single-item writes. */
    private final Set<ItemIdentity> claimed = ConcurrentHashMap.newKeySet();

    @Override
    public boolean holds(Table table, PrimaryKey key) {
        return !claimed.isEmpty() && claimed.contains(ItemIdentity.of(table, key));
    }

    /**
     * Claims every item, or none of them.
     *
     * @return the positions of the items another transaction holds; empty when all were claimed
     */
    synchronized List<Integer> claim(List<ItemIdentity> items) {
        List<Integer> conflicts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (claimed.contains(items.get(i))) {
                conflicts.add(i);
            }
        }
        if (conflicts.isEmpty()) {
            claimed.addAll(items);
        }
        return conflicts;
    }

    synchronized void release(List<ItemIdentity> items) {
        items.forEach(claimed::remove);
    }
}
