package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.table.ItemTally;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.storage.WriteBatch;
import java.util.HashMap;
import java.util.Map;

/**
 * A table's item count and size, and each index's, taken with its data so a restored table shows them at once.
 *
 * @param indexes by index storage number
 */
public record TableTallies(ItemTally table, Map<Integer, ItemTally> indexes) {

    public TableTallies {
        indexes = Map.copyOf(indexes);
    }

    /** The tallies of {@code table} now; read under its write lock for a consistent copy. */
    public static TableTallies of(Table table) {
        Map<Integer, ItemTally> indexes = new HashMap<>();
        for (SecondaryIndex index : table.definition().indexes()) {
            indexes.put(index.number(), table.indexTally(index.number()));
        }
        return new TableTallies(table.tally(), indexes);
    }

    /** Stores these tallies as the restored table's in {@code batch} and shows them on the table. */
    void applyTo(Table restored, TableKeyspace keyspace, WriteBatch batch) {
        long id = restored.definition().id();
        keyspace.putTally(id, table, batch);
        restored.setTally(table);
        indexes.forEach((number, tally) -> {
            keyspace.putIndexTally(id, number, tally, batch);
            restored.setIndexTally(number, tally);
        });
    }
}
