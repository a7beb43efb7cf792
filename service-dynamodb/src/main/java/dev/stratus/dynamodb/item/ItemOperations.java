package dev.stratus.dynamodb.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.RequestExpressions;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.value.AttributeValue;
import dev.stratus.dynamodb.value.AttributeValueCodec;
import dev.stratus.dynamodb.value.ItemSize;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** PutItem, GetItem, UpdateItem and DeleteItem: JSON in, JSON out. */
@Singleton
public final class ItemOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableService tables;
    private final ItemStore store;
    private final ItemWriter writer;

    @Inject
    public ItemOperations(TableService tables, ItemStore store, ItemWriter writer) {
        this.tables = tables;
        this.store = store;
        this.writer = writer;
    }

    public JsonNode putItem(JsonNode input, RequestContext context) {
        JsonNode itemJson = JsonInput.object(input, "Item");
        requireMembers(input, itemJson, "item");
        ReturnValues returnValues = ReturnValues.of(input, ReturnValues.OLD_ONLY);
        CapacityMode capacity = CapacityMode.of(input);
        boolean metrics = ReturnValues.itemCollectionMetrics(input);
        boolean oldOnFailure = ReturnValues.oldItemOnConditionFailure(input);
        Map<String, AttributeValue> item = AttributeValueCodec.decodeItem(itemJson);
        RequestExpressions expressions = RequestExpressions.of(input, "ConditionExpression");
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        TableDefinition definition = table.definition();
        PrimaryKey key = KeyRules.ofItem(definition.keySchema(), item);
        checkSize(item);
        ItemCommitter.checkIndexKeys(definition, item);

        ItemWrite write = writer.write(table, key, expressions::conditionHolds, current -> item, oldOnFailure);
        ObjectNode output = JSON.objectNode();
        if (returnValues == ReturnValues.ALL_OLD && write.oldItem() != null) {
            output.set("Attributes", AttributeValueCodec.encodeItem(write.oldItem()));
        }
        return withWriteDetails(output, write, capacity, metrics);
    }

    public JsonNode getItem(JsonNode input, RequestContext context) {
        JsonNode keyJson = JsonInput.object(input, "Key");
        requireMembers(input, keyJson, "key");
        CapacityMode capacity = CapacityMode.of(input);
        boolean consistent = JsonInput.flag(input, "ConsistentRead");
        Map<String, AttributeValue> keyAttributes = AttributeValueCodec.decodeItem(keyJson);
        RequestExpressions expressions = RequestExpressions.of(input, "ProjectionExpression");
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), keyAttributes);

        Map<String, AttributeValue> item = store.get(table.definition(), key).orElse(null);
        ObjectNode output = JSON.objectNode();
        if (item != null) {
            output.set("Item", AttributeValueCodec.encodeItem(expressions.project(item)));
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
        requireMembers(input, keyJson, "key");
        ReturnValues returnValues = ReturnValues.of(input, ReturnValues.OLD_ONLY);
        CapacityMode capacity = CapacityMode.of(input);
        boolean metrics = ReturnValues.itemCollectionMetrics(input);
        boolean oldOnFailure = ReturnValues.oldItemOnConditionFailure(input);
        Map<String, AttributeValue> keyAttributes = AttributeValueCodec.decodeItem(keyJson);
        RequestExpressions expressions = RequestExpressions.of(input, "ConditionExpression");
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), keyAttributes);

        ItemWrite write = writer.write(table, key, expressions::conditionHolds, current -> null, oldOnFailure);
        ObjectNode output = JSON.objectNode();
        if (returnValues == ReturnValues.ALL_OLD && write.oldItem() != null) {
            output.set("Attributes", AttributeValueCodec.encodeItem(write.oldItem()));
        }
        return withWriteDetails(output, write, capacity, metrics);
    }

    public JsonNode updateItem(JsonNode input, RequestContext context) {
        JsonNode keyJson = JsonInput.object(input, "Key");
        requireMembers(input, keyJson, "key");
        ReturnValues returnValues = ReturnValues.of(input, EnumSet.allOf(ReturnValues.class));
        CapacityMode capacity = CapacityMode.of(input);
        boolean metrics = ReturnValues.itemCollectionMetrics(input);
        boolean oldOnFailure = ReturnValues.oldItemOnConditionFailure(input);
        Map<String, AttributeValue> keyAttributes = AttributeValueCodec.decodeItem(keyJson);
        RequestExpressions expressions = RequestExpressions.of(input, "UpdateExpression", "ConditionExpression");
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        TableDefinition definition = table.definition();
        PrimaryKey key = KeyRules.ofKey(definition.keySchema(), keyAttributes);

        Set<String>[] touched = new Set[1];
        ItemWrite write = writer.write(table, key, expressions::conditionHolds, current -> {
            Map<String, AttributeValue> base = current == null ? key.attributes() : current;
            RequestExpressions.Updated updated = expressions.update(base, definition.keySchema());
            touched[0] = updated.touched();
            checkSize(updated.item());
            ItemCommitter.checkIndexKeys(definition, updated.item());
            return updated.item();
        }, oldOnFailure);
        ObjectNode output = JSON.objectNode();
        Map<String, AttributeValue> attributes = switch (returnValues) {
            case NONE -> null;
            case ALL_OLD -> write.oldItem();
            case ALL_NEW -> write.newItem();
            case UPDATED_OLD -> only(write.oldItem(), touched[0]);
            case UPDATED_NEW -> only(write.newItem(), touched[0]);
        };
        if (attributes != null && !attributes.isEmpty()) {
            output.set("Attributes", AttributeValueCodec.encodeItem(attributes));
        }
        return withWriteDetails(output, write, capacity, metrics);
    }

    /** Refuses an item over 400 KB. */
    public static void checkSize(Map<String, AttributeValue> item) {
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbErrors.itemTooLarge();
        }
    }

    /** Adds ConsumedCapacity and ItemCollectionMetrics as the request asked. */
    static ObjectNode withWriteDetails(ObjectNode output, ItemWrite write, CapacityMode capacity, boolean metrics) {
        ObjectNode consumed = WriteCapacity.measure(write, ConsumedCapacity.writes(write.table().name()))
                .toJson(capacity);
        if (consumed != null) {
            output.set("ConsumedCapacity", consumed);
        }
        if (metrics && !write.table().definition().localIndexes().isEmpty()) {
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

    private static Map<String, AttributeValue> only(Map<String, AttributeValue> item, Set<String> attributes) {
        if (item == null || attributes == null) {
            return null;
        }
        Map<String, AttributeValue> selected = new LinkedHashMap<>();
        attributes.forEach(name -> {
            AttributeValue value = item.get(name);
            if (value != null) {
                selected.put(name, value);
            }
        });
        return selected;
    }

    private static void requireMembers(JsonNode input, JsonNode itemOrKey, String member) {
        new ConstraintViolations()
                .notNull(JsonInput.text(input, "TableName"), "tableName")
                .notNull(itemOrKey, member)
                .throwIfAny();
    }
}
