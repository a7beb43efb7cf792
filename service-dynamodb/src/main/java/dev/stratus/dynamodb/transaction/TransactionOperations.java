package dev.stratus.dynamodb.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.protocol.ExpressionParameters;
import dev.stratus.dynamodb.protocol.ItemProtocol;
import dev.stratus.dynamodb.protocol.CapacityJson;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.item.ItemWrite;
import dev.stratus.dynamodb.item.ReturnValues;
import dev.stratus.dynamodb.item.WriteCapacity;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.api.value.ItemSize;
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

/** TransactWriteItems and TransactGetItems: JSON in, JSON out. */
@Singleton
public final class TransactionOperations {

    static final long MAX_REQUEST_BYTES = 4L * 1024 * 1024;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final WriteActions writeActions;
    private final WriteTransaction writeTransaction;
    private final TableService tables;
    private final ItemStore store;
    private final Expressions expressions;

    @Inject
    TransactionOperations(WriteActions writeActions, WriteTransaction writeTransaction, TableService tables,
                          ItemStore store, Expressions expressions) {
        this.writeActions = writeActions;
        this.writeTransaction = writeTransaction;
        this.tables = tables;
        this.store = store;
        this.expressions = expressions;
    }

    public JsonNode transactWriteItems(JsonNode input, RequestContext context) {
        List<JsonNode> entries = entries(input);
        CapacityMode capacity = ItemProtocol.capacityMode(input);
        boolean metrics = ItemProtocol.itemCollectionMetrics(input);
        ClientToken token = ClientToken.of(input);
        List<WriteAction> actions = new ArrayList<>();
        for (JsonNode entry : entries) {
            actions.add(writeActions.read(entry, context));
        }
        requireOneActionPerItem(actions.stream().map(WriteAction::identity).toList());
        if (actions.stream().mapToLong(WriteAction::requestBytes).sum() > MAX_REQUEST_BYTES) {
            throw TransactionErrors.requestTooLarge();
        }
        return writeTransaction.run(actions, context, token, writes -> writeOutput(actions, writes, capacity, metrics));
    }

    public JsonNode transactGetItems(JsonNode input, RequestContext context) {
        List<JsonNode> entries = entries(input);
        CapacityMode capacity = ItemProtocol.capacityMode(input);
        List<GetAction> gets = new ArrayList<>();
        for (JsonNode entry : entries) {
            gets.add(getAction(entry, context));
        }
        requireOneActionPerItem(gets.stream().map(get -> ItemIdentity.of(get.table(), get.key())).toList());
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        try (TableLocks locks = TableLocks.lock(gets.stream().map(GetAction::table).toList())) {
            for (GetAction get : gets) {
                items.add(store.get(get.table().definition(), get.key()).orElse(null));
            }
        }
        return getOutput(gets, items, capacity);
    }

    /** One Get of a TransactGetItems, checked. */
    private record GetAction(Table table, PrimaryKey key, Optional<Projection> projection) {
    }

    private GetAction getAction(JsonNode entry, RequestContext context) {
        JsonNode get = JsonInput.object(entry, "Get");
        JsonNode keyJson = JsonInput.object(get, "Key");
        Optional<Projection> projection = ExpressionParameters.read(expressions, get, ExpressionKind.PROJECTION)
                .projection();
        Table table = tables.forItems(context, JsonInput.text(get, "TableName"));
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), AttributeValueCodec.decodeItem(keyJson));
        return new GetAction(table, key, projection);
    }

    private static List<JsonNode> entries(JsonNode input) {
        List<JsonNode> entries = JsonInput.array(input, "TransactItems");
        return entries;
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
    private static ObjectNode writeOutput(List<WriteAction> actions, List<ItemWrite> writes, CapacityMode capacity,
                                          boolean metrics) {
        Map<String, ConsumedCapacity> consumed = new LinkedHashMap<>();
        ObjectNode collections = JSON.objectNode();
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
            if (metrics && !write.table().definition().localIndexes().isEmpty()) {
                JsonNode list = collections.get(write.table().name());
                (list == null ? collections.putArray(write.table().name()) : (ArrayNode) list)
                        .add(ItemProtocol.itemCollectionMetrics(ItemCollectionMetrics.of(write)));
            }
        }
        ObjectNode output = JSON.objectNode();
        addCapacity(output, consumed, capacity);
        if (metrics) {
            output.set("ItemCollectionMetrics", collections);
        }
        return output;
    }

    private static ObjectNode getOutput(List<GetAction> gets, List<Map<String, AttributeValue>> items,
                                        CapacityMode capacity) {
        ObjectNode output = JSON.objectNode();
        ArrayNode responses = output.putArray("Responses");
        Map<String, ConsumedCapacity> consumed = new LinkedHashMap<>();
        for (int i = 0; i < gets.size(); i++) {
            GetAction get = gets.get(i);
            Map<String, AttributeValue> item = items.get(i);
            long size = item == null ? 0 : ItemSize.of(item);
            consumed.computeIfAbsent(get.table().name(), ConsumedCapacity::reads)
                    .addTable(2 * ConsumedCapacity.readUnits(size, true));
            ObjectNode response = responses.addObject();
            if (item != null) {
                response.set("Item", AttributeValueCodec.encodeItem(
                        get.projection().map(projection -> projection.apply(item)).orElse(item)));
            }
        }
        addCapacity(output, consumed, capacity);
        return output;
    }

    private static void addCapacity(ObjectNode output, Map<String, ConsumedCapacity> consumed, CapacityMode mode) {
        if (mode != CapacityMode.NONE) {
            ArrayNode list = output.putArray("ConsumedCapacity");
            consumed.values().forEach(tableCapacity -> list.add(CapacityJson.of(tableCapacity.shown(mode))));
        }
    }
}
