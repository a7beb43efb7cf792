package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Fills a new, empty table with items in one batch: the items, their entries in each of its indexes (built as a
 * backfill builds them) and the tallies DescribeTable shows. How a restore fills the table it creates, whatever
 * indexes the restore gives it.
 */
@Singleton
public final class TableLoader {

    private final TableKeyspace keyspace;

    @Inject
    public TableLoader(TableKeyspace keyspace) {
        this.keyspace = keyspace;
    }

    /** Adds {@code items} to {@code batch} as the items of {@code table}, which holds none yet. */
    public void load(Table table, Iterable<Map<String, AttributeValue>> items, WriteBatch batch) {
        TableDefinition definition = table.definition();
        TallyChanges tallies = new TallyChanges();
        for (Map<String, AttributeValue> item : items) {
            PrimaryKey key = PrimaryKey.of(definition.keySchema(), item);
            batch.put(keyspace.items(), ItemStore.itemKey(definition.id(), key), ItemEncoding.encode(item));
            tallies.table(table, 1, ItemSize.of(item));
            for (SecondaryIndex index : definition.indexes()) {
                IndexEntry entry = IndexBuilder.entryFitting(definition, index, key, item);
                if (entry != null) {
                    batch.put(keyspace.indexes(), entry.storageKey(), ItemEncoding.encode(entry.attributes()));
                    tallies.index(table, index.number(), 1, entry.size());
                }
            }
        }
        tallies.addTo(batch, keyspace);
    }
}
