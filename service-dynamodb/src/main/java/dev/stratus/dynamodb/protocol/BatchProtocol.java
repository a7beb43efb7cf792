package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.batch.BatchGetItemRequest;
import dev.stratus.dynamodb.batch.BatchGetItemResult;
import dev.stratus.dynamodb.batch.BatchOperations;
import dev.stratus.dynamodb.batch.BatchWriteItemRequest;
import dev.stratus.dynamodb.batch.BatchWriteItemResult;
import dev.stratus.dynamodb.batch.KeysAndAttributes;
import dev.stratus.dynamodb.batch.WriteRequest;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.dynamodb.legacy.LegacyExpressions;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** BatchWriteItem and BatchGetItem in DynamoDB JSON: reads each request into its typed record, runs it, writes the result. */
@Singleton
public final class BatchProtocol {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final BatchOperations batches;
    private final Expressions expressions;

    @Inject
    public BatchProtocol(BatchOperations batches, Expressions expressions) {
        this.batches = batches;
        this.expressions = expressions;
    }

    public JsonNode batchWriteItem(JsonNode input, RequestContext context) {
        return writeResult(batches.batchWriteItem(readBatchWriteItem(input), context));
    }

    public JsonNode batchGetItem(JsonNode input, RequestContext context) {
        return getResult(batches.batchGetItem(readBatchGetItem(input), context), input);
    }

    public BatchWriteItemRequest readBatchWriteItem(JsonNode input) {
        JsonNode requestItems = JsonInput.object(input, "RequestItems");
        var capacity = ItemProtocol.capacityMode(input);
        boolean metrics = ItemProtocol.itemCollectionMetrics(input);
        int total = 0;
        for (String table : tableNames(requestItems)) {
            total += JsonInput.array(requestItems, table).size();
        }
        BatchWriteItemRequest.checkWriteCount(total);
        Map<String, List<WriteRequest>> writes = new LinkedHashMap<>();
        for (String table : tableNames(requestItems)) {
            List<WriteRequest> requests = new ArrayList<>();
            for (JsonNode request : requestItems.get(table)) {
                requests.add(writeRequest(request));
            }
            writes.put(table, requests);
        }
        return new BatchWriteItemRequest(writes, capacity, metrics);
    }

    private static WriteRequest writeRequest(JsonNode request) {
        JsonNode put = JsonInput.object(request, "PutRequest");
        JsonNode delete = JsonInput.object(request, "DeleteRequest");
        WriteRequest.requireOneOf(put != null, delete != null);
        if (put != null) {
            return WriteRequest.put(AttributeValueCodec.decodeItem(JsonInput.object(put, "Item")));
        }
        return WriteRequest.delete(AttributeValueCodec.decodeItem(JsonInput.object(delete, "Key")));
    }

    public BatchGetItemRequest readBatchGetItem(JsonNode input) {
        Map<String, LegacyExpressions> legacy = new LinkedHashMap<>();
        JsonNode tables = input.get("RequestItems");
        if (tables != null && tables.isObject()) {
            tables.fields().forEachRemaining(table -> legacy.put(table.getKey(),
                    table.getValue().isObject() ? LegacyJson.compile("GetItem", table.getValue())
                            : LegacyExpressions.NONE));
        }
        JsonNode requestItems = JsonInput.object(input, "RequestItems");
        var capacity = ItemProtocol.capacityMode(input);
        int total = 0;
        for (String table : tableNames(requestItems)) {
            total += JsonInput.array(JsonInput.object(requestItems, table), "Keys").size();
        }
        BatchGetItemRequest.checkKeyCount(total);
        Map<String, KeysAndAttributes> reads = new LinkedHashMap<>();
        for (String table : tableNames(requestItems)) {
            JsonNode request = requestItems.get(table);
            ExpressionRequest expressionRequest = ExpressionParameters.read(expressions, request,
                    ExpressionKind.PROJECTION);
            Optional<Projection> projection = legacy.get(table).projection().or(expressionRequest::projection);
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (JsonNode key : JsonInput.array(request, "Keys")) {
                keys.add(AttributeValueCodec.decodeItem(key));
            }
            reads.put(table, new KeysAndAttributes(keys, projection, JsonInput.flag(request, "ConsistentRead")));
        }
        return new BatchGetItemRequest(reads, capacity);
    }

    private static List<String> tableNames(JsonNode requestItems) {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = requestItems.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }

    private static ObjectNode writeResult(BatchWriteItemResult result) {
        ObjectNode output = JSON.objectNode();
        output.putObject("UnprocessedItems");
        CapacityJson.setList(output, result.consumedCapacity());
        if (result.itemCollectionMetrics() != null) {
            ObjectNode collections = output.putObject("ItemCollectionMetrics");
            result.itemCollectionMetrics().forEach((table, metrics) -> collections.set(table, metricsList(metrics)));
        }
        return output;
    }

    /** A list of {@code ItemCollectionMetrics}, as BatchWriteItem and TransactWriteItems return them by table. */
    static ArrayNode metricsList(List<ItemCollectionMetrics> metrics) {
        ArrayNode list = JSON.arrayNode();
        metrics.forEach(each -> list.add(ItemProtocol.itemCollectionMetrics(each)));
        return list;
    }

    /** The result; unprocessed keys come back with the rest of their table's request, as sent. */
    private static ObjectNode getResult(BatchGetItemResult result, JsonNode input) {
        ObjectNode output = JSON.objectNode();
        ObjectNode responses = output.putObject("Responses");
        result.responses().forEach((table, items) -> {
            ArrayNode list = responses.putArray(table);
            items.forEach(item -> list.add(ItemJson.node(item)));
        });
        ObjectNode unprocessed = output.putObject("UnprocessedKeys");
        result.unprocessedKeys().forEach((table, keys) -> {
            ObjectNode request = input.get("RequestItems").get(table).deepCopy();
            ArrayNode list = request.putArray("Keys");
            keys.forEach(key -> list.add(ItemJson.node(key)));
            unprocessed.set(table, request);
        });
        CapacityJson.setList(output, result.consumedCapacity());
        return output;
    }
}
