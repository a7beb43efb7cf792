package dev.stratus.dynamodb.backup;

import dev.stratus.dynamodb.table.ItemTally;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * A table's item count and size, and each index's, when a backup of it was taken.
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
}
