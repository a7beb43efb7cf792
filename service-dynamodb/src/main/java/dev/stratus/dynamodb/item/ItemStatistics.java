package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableCatalog;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.dynamodb.value.ItemSize;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Recounts the item statistics DescribeTable shows (item count and size of every table and index) from the
 * stored items when the service starts, so they survive a restart of a durable store.
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
            count(keyspace.items(), TableKeyspace.itemPrefix(definition.id()), size -> table.countChange(1, size));
            for (SecondaryIndex index : definition.indexes()) {
                count(keyspace.indexes(), TableKeyspace.indexPrefix(definition.id(), index.number()),
                        size -> table.countIndexChange(index.number(), 1, size));
            }
        }
    }

    private static void count(KeyValueStore store, byte[] prefix, LongConsumer counter) {
        try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(prefix))) {
            entries.forEach(entry -> counter.accept(ItemSize.of(ItemEncoding.decode(entry.value()))));
        }
    }
}
