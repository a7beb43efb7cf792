package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.transaction.TransactGetItem;
import dev.stratus.dynamodb.transaction.TransactGetItemsRequest;
import dev.stratus.dynamodb.transaction.TransactGetItemsResult;
import dev.stratus.dynamodb.transaction.TransactWriteItem;
import dev.stratus.dynamodb.transaction.TransactWriteItemsRequest;
import dev.stratus.dynamodb.transaction.TransactWriteItemsResult;
import dev.stratus.dynamodb.transaction.TransactionOperations;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TransactWriteItems and TransactGetItems in DynamoDB JSON: reads each request into its typed record, runs it,
 * writes the result.
 */
@Singleton
public final class TransactionProtocol {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TransactionOperations transactions;
    private final Expressions expressions;

    @Inject
    public TransactionProtocol(TransactionOperations transactions, Expressions expressions) {
        this.transactions = transactions;
        this.expressions = expressions;
    }

    public JsonNode transactWriteItems(JsonNode input, RequestContext context) {
        return writeResult(transactions.transactWriteItems(readTransactWriteItems(input), context));
    }

    public JsonNode transactGetItems(JsonNode input, RequestContext context) {
        return getResult(transactions.transactGetItems(readTransactGetItems(input), context));
    }

    public TransactWriteItemsRequest readTransactWriteItems(JsonNode input) {
        List<JsonNode> entries = JsonInput.array(input, "TransactItems");
        CapacityMode capacity = ItemProtocol.capacityMode(input);
        boolean metrics = ItemProtocol.itemCollectionMetrics(input);
        String token = JsonInput.text(input, "ClientRequestToken");
        List<TransactWriteItem> items = new ArrayList<>();
        for (JsonNode entry : entries) {
            items.add(writeItem(entry));
        }
        return new TransactWriteItemsRequest(items, capacity, metrics, token);
    }

    private TransactWriteItem writeItem(JsonNode entry) {
        JsonNode check = JsonInput.object(entry, "ConditionCheck");
        JsonNode put = JsonInput.object(entry, "Put");
        JsonNode update = JsonInput.object(entry, "Update");
        JsonNode delete = JsonInput.object(entry, "Delete");
        TransactWriteItem.requireOneAction((check == null ? 0 : 1) + (put == null ? 0 : 1)
                + (update == null ? 0 : 1) + (delete == null ? 0 : 1));
        if (put != null) {
            JsonNode item = JsonInput.object(put, "Item");
            Map<String, AttributeValue> decoded = AttributeValueCodec.decodeItem(item);
            ExpressionRequest request = ExpressionParameters.read(expressions, put, ExpressionKind.CONDITION);
            return TransactWriteItem.put(JsonInput.text(put, "TableName"), decoded, request.condition(),
                    ItemProtocol.oldItemOnConditionFailure(put));
        }
        JsonNode action = update != null ? update : check != null ? check : delete;
        JsonNode key = JsonInput.object(action, "Key");
        ExpressionRequest request = update != null
                ? ExpressionParameters.read(expressions, action, ExpressionKind.UPDATE, ExpressionKind.CONDITION)
                : ExpressionParameters.read(expressions, action, ExpressionKind.CONDITION);
        String tableName = JsonInput.text(action, "TableName");
        Map<String, AttributeValue> decoded = AttributeValueCodec.decodeItem(key);
        boolean oldItem = ItemProtocol.oldItemOnConditionFailure(action);
        if (update != null) {
            return TransactWriteItem.update(tableName, decoded, request.update().orElseThrow(), request.condition(),
                    oldItem);
        }
        return check != null ? TransactWriteItem.conditionCheck(tableName, decoded, request.condition(), oldItem)
                : TransactWriteItem.delete(tableName, decoded, request.condition(), oldItem);
    }

    public TransactGetItemsRequest readTransactGetItems(JsonNode input) {
        List<JsonNode> entries = JsonInput.array(input, "TransactItems");
        CapacityMode capacity = ItemProtocol.capacityMode(input);
        List<TransactGetItem> gets = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode get = JsonInput.object(entry, "Get");
            JsonNode key = JsonInput.object(get, "Key");
            ExpressionRequest request = ExpressionParameters.read(expressions, get, ExpressionKind.PROJECTION);
            gets.add(new TransactGetItem(JsonInput.text(get, "TableName"), AttributeValueCodec.decodeItem(key),
                    request.projection()));
        }
        return new TransactGetItemsRequest(gets, capacity);
    }

    private static ObjectNode writeResult(TransactWriteItemsResult result) {
        ObjectNode output = JSON.objectNode();
        CapacityJson.setList(output, result.consumedCapacity());
        if (result.itemCollectionMetrics() != null) {
            ObjectNode collections = output.putObject("ItemCollectionMetrics");
            result.itemCollectionMetrics().forEach((table, metrics) ->
                    collections.set(table, BatchProtocol.metricsList(metrics)));
        }
        return output;
    }

    /** TransactGetItems' output: one response per Get, with the item found if any, and the capacity. */
    static ObjectNode getResult(TransactGetItemsResult result) {
        ObjectNode output = JSON.objectNode();
        ArrayNode responses = output.putArray("Responses");
        for (Map<String, AttributeValue> item : result.items()) {
            ObjectNode response = responses.addObject();
            if (item != null) {
                response.set("Item", AttributeValueCodec.encodeItem(item));
            }
        }
        CapacityJson.setList(output, result.consumedCapacity());
        return output;
    }
}
