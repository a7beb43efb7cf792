package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import java.util.Arrays;

/** The write capacity an item write consumes: the larger of the old and new item, plus each index entry written. */
public final class WriteCapacity {

    private WriteCapacity() {
    }

    public static ConsumedCapacity measure(ItemWrite write, ConsumedCapacity into) {
        into.addTable(ConsumedCapacity.writeUnits(Math.max(write.oldSize(), write.newSize())));
        TableDefinition table = write.table().definition();
        for (SecondaryIndex index : table.indexes()) {
            IndexEntry before = IndexEntry.of(table, index, write.key(), write.oldItem());
            IndexEntry after = IndexEntry.of(table, index, write.key(), write.newItem());
            double units = indexUnits(before, after);
            if (units > 0) {
                into.addIndex(index.name(), index.global(), units);
            }
        }
        return into;
    }

    private static double indexUnits(IndexEntry before, IndexEntry after) {
        if (before == null && after == null || after != null && after.sameAs(before)) {
            return 0;
        }
        if (before == null) {
            return ConsumedCapacity.writeUnits(after.size());
        }
        if (after == null) {
            return ConsumedCapacity.writeUnits(before.size());
        }
        if (Arrays.equals(before.storageKey(), after.storageKey())) {
            return ConsumedCapacity.writeUnits(Math.max(before.size(), after.size()));
        }
        return ConsumedCapacity.writeUnits(before.size()) + ConsumedCapacity.writeUnits(after.size());
    }
}
