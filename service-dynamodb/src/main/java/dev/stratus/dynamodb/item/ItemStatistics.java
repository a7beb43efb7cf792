package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.table.ItemTally;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableCatalog;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.stream.Stream;

/**
 * Restores the tallies DescribeTable shows (item count and size of every table and index) when the service
 * starts, reading one stored tally per table and index: a start costs the number of tables, not of items. A
 * table or index without a stored tally (written by a Stratus that did not store them) is counted once.
 */
@Singleton
public final class ItemStatistics implements ServiceLifecycle {

    private final TableCatalog catalog;
    private final TableKeyspace keyspace;

    @Inject
    public ItemStatistics(TableCatalog catalog, TableKeyspace keyspace) {
        this.catalog = catalog;
        this.keyspace = keyspace;
    }

    @Override
    public void start() {
        for (Table table : catalog.all()) {
            TableDefinition definition = table.definition();
            table.setTally(keyspace.tally(definition.id()).orElseGet(
                    () -> count(keyspace.items(), TableKeyspace.itemPrefix(definition.id()))));
            for (SecondaryIndex index : definition.indexes()) {
                table.setIndexTally(index.number(), keyspace.indexTally(definition.id(), index.number()).orElseGet(
                        () -> count(keyspace.indexes(), TableKeyspace.indexPrefix(definition.id(), index.number()))));
            }
        }
    }

    private static ItemTally count(KeyValueStore store, byte[] prefix) {
        try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(prefix))) {
            return entries.map(entry -> new ItemTally(1, ItemSize.of(ItemEncoding.decode(entry.value()))))
                    .reduce(ItemTally.NONE, ItemTally::plus);
        }
    }
}
