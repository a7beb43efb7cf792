package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.dynamodb.item.ItemLocks;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.item.ItemWrite;
import dev.stratus.dynamodb.item.WriteCapacity;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** TransactWriteItems and TransactGetItems on typed requests. */
@Singleton
public final class TransactionOperations {

    static final long MAX_REQUEST_BYTES = 4L * 1024 * 1024;

    private final WriteActions writeActions;
    private final WriteTransaction writeTransaction;
    private final TableService tables;
    private final ItemStore store;

    @Inject
    TransactionOperations(WriteActions writeActions, WriteTransaction writeTransaction, TableService tables,
                          ItemStore store) {
        this.writeActions = writeActions;
        this.writeTransaction = writeTransaction;
        this.tables = tables;
        this.store = store;
    }

    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request, RequestContext context) {
        ClientToken token = ClientToken.of(request);
        List<WriteAction> actions = new ArrayList<>();
        for (TransactWriteItem entry : request.items()) {
            actions.add(writeActions.check(entry, context));
        }
        requireOneActionPerItem(actions.stream().map(WriteAction::identity).toList());
        if (actions.stream().mapToLong(WriteAction::requestBytes).sum() > MAX_REQUEST_BYTES) {
            throw TransactionErrors.requestTooLarge();
        }
        return writeTransaction.run(actions, context, token,
                writes -> writeResult(actions, writes, request.capacity(), request.itemCollectionMetrics()));
    }

    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request, RequestContext context) {
        List<GetAction> gets = new ArrayList<>();
        for (TransactGetItem get : request.items()) {
            Table table = tables.forItems(context, get.tableName());
            gets.add(new GetAction(table, KeyRules.ofKey(table.definition().keySchema(), get.key()),
                    get.projection()));
        }
        requireOneActionPerItem(gets.stream().map(get -> ItemIdentity.of(get.table(), get.key())).toList());
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        try (ItemLocks locks = ItemLocks.lock(gets.stream()
                .map(get -> new ItemLocks.LockedItem(get.table(), get.key())).toList())) {
            for (GetAction get : gets) {
                items.add(store.get(get.table().definition(), get.key()).orElse(null));
            }
        }
        return getResult(gets, items, request.capacity());
    }

    /** One Get of a TransactGetItems, checked. */
    private record GetAction(Table table, PrimaryKey key, Optional<Projection> projection) {
    }

    private static void requireOneActionPerItem(List<ItemIdentity> items) {
        Set<ItemIdentity> seen = new HashSet<>();
        for (ItemIdentity item : items) {
            if (!seen.add(item)) {
                throw TransactionErrors.multipleOperationsOnOneItem();
            }
        }
    }

    /**
     * A transaction reads or writes each item twice (prepare, then commit), so AWS counts twice the capacity of
     * the same plain operations.
     */
    private static TransactWriteItemsResult writeResult(List<WriteAction> actions, List<ItemWrite> writes,
                                                        CapacityMode capacity, boolean metrics) {
        Map<String, ConsumedCapacity> consumed = new LinkedHashMap<>();
        Map<String, List<ItemCollectionMetrics>> collections = new LinkedHashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            WriteAction action = actions.get(i);
            ConsumedCapacity tableCapacity = consumed.computeIfAbsent(action.table().name(), ConsumedCapacity::writes);
            ItemWrite write = writes.get(i);
            if (write == null) {
                tableCapacity.addTable(2 * ConsumedCapacity.writeUnits(action.requestBytes()));
                continue;
            }
            WriteCapacity.measure(write, tableCapacity);
            WriteCapacity.measure(write, tableCapacity);
            ItemCollectionMetrics collection = ItemCollectionMetrics.ofWrite(write, metrics);
            if (collection != null) {
                collections.computeIfAbsent(write.table().name(), name -> new ArrayList<>()).add(collection);
            }
        }
        return new TransactWriteItemsResult(ConsumedCapacity.shown(consumed.values(), capacity),
                metrics ? collections : null);
    }

    private static TransactGetItemsResult getResult(List<GetAction> gets, List<Map<String, AttributeValue>> items,
                                                    CapacityMode capacity) {
        Map<String, ConsumedCapacity> consumed = new LinkedHashMap<>();
        List<Map<String, AttributeValue>> shown = new ArrayList<>();
        for (int i = 0; i < gets.size(); i++) {
            GetAction get = gets.get(i);
            Map<String, AttributeValue> item = items.get(i);
            long size = item == null ? 0 : ItemSize.of(item);
            consumed.computeIfAbsent(get.table().name(), ConsumedCapacity::reads)
                    .addTable(2 * ConsumedCapacity.readUnits(size, true));
            shown.add(item == null ? null : get.projection().map(projection -> projection.apply(item)).orElse(item));
        }
        return new TransactGetItemsResult(shown, ConsumedCapacity.shown(consumed.values(), capacity));
    }
}
