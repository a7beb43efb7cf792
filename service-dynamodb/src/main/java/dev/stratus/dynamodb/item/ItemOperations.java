package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.Update;
import dev.stratus.dynamodb.expression.UpdateResult;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** PutItem, GetItem, UpdateItem and DeleteItem on typed requests. */
@Singleton
public final class ItemOperations {

    private final TableService tables;
    private final ItemStore store;
    private final ItemWriter writer;

    @Inject
    public ItemOperations(TableService tables, ItemStore store, ItemWriter writer) {
        this.tables = tables;
        this.store = store;
        this.writer = writer;
    }

    public WriteItemResult putItem(PutItemRequest request, RequestContext context) {
        Table table = tables.forItems(context, request.tableName());
        TableDefinition definition = table.definition();
        Map<String, AttributeValue> item = request.item();
        PrimaryKey key = KeyRules.ofItem(definition.keySchema(), item);
        ItemRules.checkNewItem(definition, item);
        return writeWholeItem(table, key, request.condition(), item, request.options());
    }

    public GetItemResult getItem(GetItemRequest request, RequestContext context) {
        Table table = tables.forItems(context, request.tableName());
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), request.key());

        StoredItem item = store.read(table.definition(), key).orElse(null);
        Map<String, AttributeValue> shown = item == null ? null
                : request.projection().map(projection -> projection.apply(item)).orElse(item);
        long size = item == null ? 0 : item.itemSize();
        return new GetItemResult(shown, ConsumedCapacity.reads(table.name())
                .addTable(ConsumedCapacity.readUnits(size, request.consistentRead())).shown(request.capacity()));
    }

    public WriteItemResult deleteItem(DeleteItemRequest request, RequestContext context) {
        Table table = tables.forItems(context, request.tableName());
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), request.key());
        return writeWholeItem(table, key, request.condition(), null, request.options());
    }

    /** Replaces the item ({@code item} {@code null} deletes it) if the condition holds; returns at most the old item. */
    private WriteItemResult writeWholeItem(Table table, PrimaryKey key, Optional<Condition> condition,
                                           Map<String, AttributeValue> item, WriteOptions options) {
        ItemWrite write = writer.write(table, key, condition(condition), current -> item,
                options.oldItemOnConditionFailure());
        return result(write, options.returnValues() == ReturnValues.ALL_OLD ? write.oldItem() : null, options);
    }

    public WriteItemResult updateItem(UpdateItemRequest request, RequestContext context) {
        Table table = tables.forItems(context, request.tableName());
        TableDefinition definition = table.definition();
        PrimaryKey key = KeyRules.ofKey(definition.keySchema(), request.key());
        Optional<Update> update = request.update();
        update.ifPresent(found -> found.refuseKeyAttributes(keyNames(definition)));

        WriteOptions options = request.options();
        AtomicReference<UpdateResult> result = new AtomicReference<>();
        ItemWrite write = writer.write(table, key, condition(request.condition()), current -> {
            if (update.isEmpty()) {
                return current == null ? key.attributes() : current;
            }
            UpdateResult updated = update.get().apply(current, key.attributes());
            ItemRules.checkNewItem(definition, updated.newItem());
            result.set(updated);
            return updated.storedItem();
        }, options.oldItemOnConditionFailure());
        Map<String, AttributeValue> attributes = switch (options.returnValues()) {
            case NONE -> null;
            case ALL_OLD -> write.oldItem();
            case ALL_NEW -> write.newItem();
            case UPDATED_OLD -> result.get() == null ? null : result.get().updatedOld();
            case UPDATED_NEW -> result.get() == null ? null : result.get().updatedNew();
        };
        return result(write, attributes, options);
    }

    /** The result of a write: the returned attributes, ConsumedCapacity and ItemCollectionMetrics as asked. */
    private static WriteItemResult result(ItemWrite write, Map<String, AttributeValue> attributes,
                                          WriteOptions options) {
        CapacityUsage capacity = options.capacity() == CapacityMode.NONE ? null
                : WriteCapacity.measure(write, ConsumedCapacity.writes(write.table().name())).shown(options.capacity());
        return new WriteItemResult(attributes, capacity,
                ItemCollectionMetrics.ofWrite(write, options.itemCollectionMetrics()));
    }

    /** A condition as a test of the current item; none lets every write go ahead. */
    public static Predicate<Map<String, AttributeValue>> condition(Optional<Condition> condition) {
        return condition.isEmpty() ? current -> true : condition.get()::test;
    }

    public static Set<String> keyNames(TableDefinition definition) {
        Set<String> names = new HashSet<>();
        definition.keySchema().elements().forEach(element -> names.add(element.name()));
        return names;
    }
}
