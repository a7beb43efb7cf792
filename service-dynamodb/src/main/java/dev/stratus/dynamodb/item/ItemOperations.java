package dev.stratus.dynamodb.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.ExpressionParameters;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.expression.Update;
import dev.stratus.dynamodb.expression.UpdateResult;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** PutItem, GetItem, UpdateItem and DeleteItem: JSON in, JSON out. */
@Singleton
public final class ItemOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableService tables;
    private final ItemStore store;
    private final ItemWriter writer;
    private final Expressions expressions;

    @Inject
    public ItemOperations(TableService tables, ItemStore store, ItemWriter writer, Expressions expressions) {
        this.tables = tables;
        this.store = store;
        this.writer = writer;
        this.expressions = expressions;
    }

    public JsonNode putItem(JsonNode input, RequestContext context) {
        JsonNode itemJson = JsonInput.object(input, "Item");
        WriteOptions options = WriteOptions.of(input, ReturnValues.OLD_ONLY);
        Map<String, AttributeValue> item = AttributeValueCodec.decodeItem(itemJson);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.CONDITION);
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        TableDefinition definition = table.definition();
        PrimaryKey key = KeyRules.ofItem(definition.keySchema(), item);
        ItemRules.checkNewItem(definition, item);

        ItemWrite write = writer.write(table, key, condition(request), current -> item, options.oldOnFailure());
        return respond(write, options.returnValues() == ReturnValues.ALL_OLD ? write.oldItem() : null, options);
    }

    public JsonNode getItem(JsonNode input, RequestContext context) {
        JsonNode keyJson = JsonInput.object(input, "Key");
        CapacityMode capacity = CapacityMode.of(input);
        boolean consistent = JsonInput.flag(input, "ConsistentRead");
        Map<String, AttributeValue> keyAttributes = AttributeValueCodec.decodeItem(keyJson);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.PROJECTION);
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), keyAttributes);

        Map<String, AttributeValue> item = store.get(table.definition(), key).orElse(null);
        ObjectNode output = JSON.objectNode();
        if (item != null) {
            Map<String, AttributeValue> shown = request.projection().map(projection -> projection.apply(item)).orElse(item);
            output.set("Item", AttributeValueCodec.encodeItem(shown));
        }
        long size = item == null ? 0 : ItemSize.of(item);
        ObjectNode consumed = ConsumedCapacity.reads(table.name())
                .addTable(ConsumedCapacity.readUnits(size, consistent)).toJson(capacity);
        if (consumed != null) {
            output.set("ConsumedCapacity", consumed);
        }
        return output;
    }

    public JsonNode deleteItem(JsonNode input, RequestContext context) {
        JsonNode keyJson = JsonInput.object(input, "Key");
        WriteOptions options = WriteOptions.of(input, ReturnValues.OLD_ONLY);
        Map<String, AttributeValue> keyAttributes = AttributeValueCodec.decodeItem(keyJson);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.CONDITION);
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), keyAttributes);

        ItemWrite write = writer.write(table, key, condition(request), current -> null, options.oldOnFailure());
        return respond(write, options.returnValues() == ReturnValues.ALL_OLD ? write.oldItem() : null, options);
    }

    public JsonNode updateItem(JsonNode input, RequestContext context) {
        JsonNode keyJson = JsonInput.object(input, "Key");
        WriteOptions options = WriteOptions.of(input, EnumSet.allOf(ReturnValues.class));
        Map<String, AttributeValue> keyAttributes = AttributeValueCodec.decodeItem(keyJson);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.UPDATE,
                ExpressionKind.CONDITION);
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        TableDefinition definition = table.definition();
        PrimaryKey key = KeyRules.ofKey(definition.keySchema(), keyAttributes);
        Optional<Update> update = request.update(keyNames(definition));

        AtomicReference<UpdateResult> result = new AtomicReference<>();
        ItemWrite write = writer.write(table, key, condition(request), current -> {
            if (update.isEmpty()) {
                return current == null ? key.attributes() : current;
            }
            UpdateResult updated = update.get().apply(current, key.attributes());
            ItemRules.checkNewItem(definition, updated.newItem());
            result.set(updated);
            return updated.storedItem();
        }, options.oldOnFailure());
        Map<String, AttributeValue> attributes = switch (options.returnValues()) {
            case NONE -> null;
            case ALL_OLD -> write.oldItem();
            case ALL_NEW -> write.newItem();
            case UPDATED_OLD -> result.get() == null ? null : result.get().updatedOld();
            case UPDATED_NEW -> result.get() == null ? null : result.get().updatedNew();
        };
        return respond(write, attributes, options);
    }

    /** What a single-item write asked to get back. */
    private record WriteOptions(ReturnValues returnValues, CapacityMode capacity, boolean metrics,
                                boolean oldOnFailure) {

        static WriteOptions of(JsonNode input, Set<ReturnValues> allowed) {
            return new WriteOptions(ReturnValues.of(input, allowed), CapacityMode.of(input),
                    ReturnValues.itemCollectionMetrics(input), ReturnValues.oldItemOnConditionFailure(input));
        }
    }

    /** The output of a write: the returned attributes, ConsumedCapacity and ItemCollectionMetrics as asked. */
    private static ObjectNode respond(ItemWrite write, Map<String, AttributeValue> attributes, WriteOptions options) {
        ObjectNode output = JSON.objectNode();
        if (attributes != null && !attributes.isEmpty()) {
            output.set("Attributes", AttributeValueCodec.encodeItem(attributes));
        }
        if (options.capacity() != CapacityMode.NONE) {
            output.set("ConsumedCapacity", WriteCapacity.measure(write, ConsumedCapacity.writes(write.table().name()))
                    .toJson(options.capacity()));
        }
        if (options.metrics() && !write.table().definition().localIndexes().isEmpty()) {
            output.set("ItemCollectionMetrics", itemCollectionMetrics(write));
        }
        return output;
    }

    /** AWS's estimate of the item collection's size: the partition of the written item. */
    public static ObjectNode itemCollectionMetrics(ItemWrite write) {
        ObjectNode metrics = JSON.objectNode();
        String hashName = write.table().definition().keySchema().hash().name();
        metrics.putObject("ItemCollectionKey").set(hashName, AttributeValueCodec.encode(write.key().hash()));
        metrics.putArray("SizeEstimateRangeGB").add(0.0).add(1.0);
        return metrics;
    }

    /** The request's ConditionExpression as a test of the current item ({@code null} when absent). */
    static Predicate<Map<String, AttributeValue>> condition(ExpressionRequest request) {
        Optional<Condition> condition = request.condition();
        return condition.isEmpty() ? current -> true : condition.get()::test;
    }

    static Set<String> keyNames(TableDefinition definition) {
        Set<String> names = new HashSet<>();
        definition.keySchema().elements().forEach(element -> names.add(element.name()));
        return names;
    }
}
