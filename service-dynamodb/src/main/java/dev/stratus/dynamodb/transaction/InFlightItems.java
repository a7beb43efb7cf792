package dev.stratus.dynamodb.transaction;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The items of the write transactions in flight. A transaction claims all its items before it locks its tables
 * and releases them after its commit; a second transaction finding one of its items claimed does not wait, it is
 * cancelled with {@code TransactionConflict}, as on AWS.
 */
@Singleton
final class InFlightItems {

    /** Guarded by {@code this}. */
    private final Set<ItemIdentity> claimed = new HashSet<>();

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
