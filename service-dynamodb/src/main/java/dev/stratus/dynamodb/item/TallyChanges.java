package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.table.ItemTally;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.storage.WriteBatch;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one batch changes in the tallies of its tables and indexes. The new tallies are written into the batch
 * (so stored tallies always match the stored items) and shown once it is committed. Added to the batch and
 * committed under the commit lock of every table involved, so the tallies it starts from are current.
 */
final class TallyChanges {

    private final Map<Table, ItemTally> tables = new LinkedHashMap<>();
    private final Map<Table, Map<Integer, ItemTally>> indexes = new LinkedHashMap<>();

    void table(Table table, long itemDelta, long sizeDelta) {
        tables.merge(table, new ItemTally(itemDelta, sizeDelta), ItemTally::plus);
    }

    void index(Table table, int index, long itemDelta, long sizeDelta) {
        indexes.computeIfAbsent(table, t -> new HashMap<>()).merge(index, new ItemTally(itemDelta, sizeDelta), ItemTally::plus);
    }

    void addTo(WriteBatch batch, TableKeyspace keyspace) {
        tables.forEach((table, delta) -> {
            ItemTally next = table.tally().plus(delta);
            keyspace.putTally(table.definition().id(), next, batch);
            batch.afterCommit(() -> table.setTally(next));
        });
        indexes.forEach((table, deltas) -> deltas.forEach((index, delta) -> {
            ItemTally next = table.indexTally(index).plus(delta);
            keyspace.putIndexTally(table.definition().id(), index, next, batch);
            batch.afterCommit(() -> table.setIndexTally(index, next));
        }));
    }
}
