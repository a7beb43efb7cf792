package dev.stratus.dynamodb.batch;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.dynamodb.item.ItemLocks;
import dev.stratus.dynamodb.item.ItemRules;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.item.StoredItem;
import dev.stratus.dynamodb.item.ItemWrite;
import dev.stratus.dynamodb.item.ItemWriter;
import dev.stratus.dynamodb.item.WriteCapacity;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BatchWriteItem and BatchGetItem, with DynamoDB's limits; every request is processed, none left unprocessed. */
@Singleton
public final class BatchOperations {

    static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final TableService tables;
    private final ItemStore store;
    private final ItemWriter writer;

    @Inject
    public BatchOperations(TableService tables, ItemStore store, ItemWriter writer) {
        this.tables = tables;
        this.store = store;
        this.writer = writer;
    }

    /** One put or delete of a BatchWriteItem, checked. */
    private record Write(Table table, PrimaryKey key, Map<String, AttributeValue> item) {
    }

    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request, RequestContext context) {
        List<Write> writes = new ArrayList<>();
        request.requestItems().forEach((tableName, requests) -> {
            Table table = tables.forItems(context, tableName);
            Set<ByteBuffer> keys = new HashSet<>();
            for (WriteRequest writeRequest : requests) {
                Write checked = write(table, writeRequest);
                if (!keys.add(ByteBuffer.wrap(checked.key().encoded()))) {
                    throw DynamoDbErrors.duplicateKeys();
                }
                writes.add(checked);
            }
        });
        return writeResult(commit(writes), request.capacity(), request.itemCollectionMetrics());
    }

    private static Write write(Table table, WriteRequest request) {
        if (request.isPut()) {
            PrimaryKey key = KeyRules.ofItem(table.definition().keySchema(), request.item());
            ItemRules.checkNewItem(table.definition(), request.item());
            return new Write(table, key, request.item());
        }
        return new Write(table, KeyRules.ofKey(table.definition().keySchema(), request.key()), null);
    }

    /** Commits every write as one atomic batch. */
    private List<ItemWrite> commit(List<Write> writes) {
        return writer.writeAll(writes.stream().map(write -> new ItemLocks.LockedItem(write.table(), write.key())).toList(), () -> writes.stream()
                .map(write -> new ItemWrite(write.table(), write.key(),
                        writer.current(write.table(), write.key()), write.item()))
                .toList());
    }

    private static BatchWriteItemResult writeResult(List<ItemWrite> writes, CapacityMode capacity, boolean metrics) {
        Map<String, ConsumedCapacity> consumed = new LinkedHashMap<>();
        Map<String, List<ItemCollectionMetrics>> collections = new LinkedHashMap<>();
        for (ItemWrite write : writes) {
            String table = write.table().name();
            WriteCapacity.measure(write, consumed.computeIfAbsent(table, ConsumedCapacity::writes));
            ItemCollectionMetrics collection = ItemCollectionMetrics.ofWrite(write, metrics);
            if (collection != null) {
                collections.computeIfAbsent(table, name -> new ArrayList<>()).add(collection);
            }
        }
        return new BatchWriteItemResult(ConsumedCapacity.shown(consumed.values(), capacity), metrics ? collections : null);
    }

    public BatchGetItemResult batchGetItem(BatchGetItemRequest request, RequestContext context) {
        List<TableRead> reads = new ArrayList<>();
        request.requestItems().forEach((tableName, keysAndAttributes) ->
                reads.add(tableRead(context, tableName, keysAndAttributes)));
        return readResult(reads, request.capacity());
    }

    /** The keys of one table a BatchGetItem asks for, checked. */
    private record TableRead(String requestedName, Table table, KeysAndAttributes request, List<PrimaryKey> keys) {
    }

    private TableRead tableRead(RequestContext context, String tableName, KeysAndAttributes request) {
        Table table = tables.forItems(context, tableName);
        Set<ByteBuffer> seen = new HashSet<>();
        List<PrimaryKey> keys = new ArrayList<>();
        for (Map<String, AttributeValue> key : request.keys()) {
            PrimaryKey checked = KeyRules.ofKey(table.definition().keySchema(), key);
            if (!seen.add(ByteBuffer.wrap(checked.encoded()))) {
                throw DynamoDbErrors.duplicateKeys();
            }
            keys.add(checked);
        }
        return new TableRead(tableName, table, request, keys);
    }

    private BatchGetItemResult readResult(List<TableRead> reads, CapacityMode capacity) {
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, List<Map<String, AttributeValue>>> unprocessed = new LinkedHashMap<>();
        Map<String, ConsumedCapacity> consumed = new LinkedHashMap<>();
        long responseBytes = 0;
        for (TableRead read : reads) {
            String tableName = read.table().name();
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            responses.put(tableName, items);
            ConsumedCapacity tableCapacity = consumed.computeIfAbsent(tableName, ConsumedCapacity::reads);
            for (PrimaryKey key : read.keys()) {
                if (responseBytes >= MAX_RESPONSE_BYTES) {
                    unprocessed.computeIfAbsent(read.requestedName(), name -> new ArrayList<>()).add(key.attributes());
                    continue;
                }
                StoredItem item = store.read(read.table().definition(), key).orElse(null);
                long size = item == null ? 0 : item.itemSize();
                tableCapacity.addTable(ConsumedCapacity.readUnits(size, read.request().consistentRead()));
                if (item != null) {
                    Map<String, AttributeValue> shown = read.request().projection()
                            .map(projection -> projection.apply(item)).orElse(item);
                    responseBytes += StoredItem.sizeOf(shown);
                    items.add(shown);
                }
            }
        }
        return new BatchGetItemResult(responses, unprocessed, ConsumedCapacity.shown(consumed.values(), capacity));
    }
}
