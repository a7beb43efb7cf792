package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.IndexBackfill;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fills a global secondary index created on an existing table. Items whose index key has the wrong type or
 * exceeds the key size limits are left out of the index, as AWS leaves them out of a backfill.
 */
@Singleton
public final class IndexBuilder implements IndexBackfill {

    private final TableKeyspace keyspace;

    @Inject
    public IndexBuilder(TableKeyspace keyspace) {
        this.keyspace = keyspace;
    }

    @Override
    public void fill(Table table, SecondaryIndex index, WriteBatch batch) {
        TableDefinition definition = table.definition();
        TallyChanges tallies = new TallyChanges();
        try (Stream<KeyValue> items = keyspace.items().scan(KeyRange.prefix(TableKeyspace.itemPrefix(definition.id())))) {
            items.forEach(entry -> {
                Map<String, AttributeValue> item = ItemEncoding.decode(entry.value());
                IndexEntry indexed = entryFitting(definition, index, PrimaryKey.of(definition.keySchema(), item), item);
                if (indexed != null) {
                    batch.put(keyspace.indexes(), indexed.storageKey(), ItemEncoding.encode(indexed.attributes()));
                    tallies.index(table, index.number(), 1, indexed.size());
                }
            });
        }
        tallies.addTo(batch, keyspace);
    }

    /**
     * The item's entry in an index filled from existing items, or {@code null} when the item has no index key or
     * one AWS leaves out of a backfill (of the wrong type, or over the key size limits).
     */
    static IndexEntry entryFitting(TableDefinition table, SecondaryIndex index, PrimaryKey tableKey,
                                   Map<String, AttributeValue> item) {
        try {
            KeyRules.checkIndexKeySizes(index, item);
            return IndexEntry.of(table, index, tableKey, item);
        } catch (AwsServiceException e) {
            return null;
        }
    }
}
