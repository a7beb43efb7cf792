package dev.stratus.dynamodb.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.protocol.ExpressionParameters;
import dev.stratus.dynamodb.protocol.ItemProtocol;
import dev.stratus.dynamodb.protocol.CapacityJson;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.item.ItemRules;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.item.ItemWrite;
import dev.stratus.dynamodb.item.ItemWriter;
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
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BatchWriteItem and BatchGetItem, with DynamoDB's limits; every request is processed, none left unprocessed. */
@Singleton
public final class BatchOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final int MAX_WRITES = 25;
    static final int MAX_KEYS = 100;
    static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final TableService tables;
    private final ItemStore store;
    private final ItemWriter writer;
    private final Expressions expressions;

    @Inject
    public BatchOperations(TableService tables, ItemStore store, ItemWriter writer, Expressions expressions) {
        this.tables = tables;
        this.store = store;
        this.writer = writer;
        this.expressions = expressions;
    }

    /** One put or delete of a BatchWriteItem, checked. */
    private record Request(Table table, PrimaryKey key, Map<String, AttributeValue> item) {
    }

    public JsonNode batchWriteItem(JsonNode input, RequestContext context) {
        JsonNode requestItems = JsonInput.object(input, "RequestItems");
        CapacityMode capacity = ItemProtocol.capacityMode(input);
        boolean metrics = ItemProtocol.itemCollectionMetrics(input);
        int total = 0;
        Iterator<Map.Entry<String, JsonNode>> counted = requestItems.fields();
        while (counted.hasNext()) {
            Map.Entry<String, JsonNode> requests = counted.next();
            total += JsonInput.array(requestItems, requests.getKey()).size();
        }
        if (total > MAX_WRITES) {
            throw DynamoDbErrors.validation("Too many items requested for the BatchWriteItem call");
        }
        List<Request> requests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> tablesRequested = requestItems.fields();
        while (tablesRequested.hasNext()) {
            Map.Entry<String, JsonNode> entry = tablesRequested.next();
            Table table = tables.forItems(context, entry.getKey());
            Set<ByteBuffer> keys = new HashSet<>();
            for (JsonNode request : entry.getValue()) {
                Request checked = writeRequest(table, request);
                if (!keys.add(ByteBuffer.wrap(checked.key().encoded()))) {
                    throw DynamoDbErrors.duplicateKeys();
                }
                requests.add(checked);
            }
        }
        List<ItemWrite> writes = commit(requests);
        return writeOutput(writes, capacity, metrics);
    }

    private Request writeRequest(Table table, JsonNode request) {
        JsonNode put = JsonInput.object(request, "PutRequest");
        JsonNode delete = JsonInput.object(request, "DeleteRequest");
        if ((put == null) == (delete == null)) {
            throw DynamoDbErrors.invalidParameter("A WriteRequest must contain exactly one of PutRequest or "
                    + "DeleteRequest");
        }
        if (put != null) {
            JsonNode itemJson = JsonInput.object(put, "Item");
            Map<String, AttributeValue> item = AttributeValueCodec.decodeItem(itemJson);
            PrimaryKey key = KeyRules.ofItem(table.definition().keySchema(), item);
            ItemRules.checkNewItem(table.definition(), item);
            return new Request(table, key, item);
        }
        JsonNode keyJson = JsonInput.object(delete, "Key");
        PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), AttributeValueCodec.decodeItem(keyJson));
        return new Request(table, key, null);
    }

    /** Commits every request as one atomic batch. */
    private List<ItemWrite> commit(List<Request> requests) {
        return writer.writeAll(requests.stream().map(Request::table).toList(), () -> requests.stream()
                .map(request -> new ItemWrite(request.table(), request.key(),
                        writer.current(request.table(), request.key()), request.item()))
                .toList());
    }

    private static ObjectNode writeOutput(List<ItemWrite> writes, CapacityMode capacity, boolean metrics) {
        ObjectNode output = JSON.objectNode();
        output.putObject("UnprocessedItems");
        Map<String, ConsumedCapacity> consumed = new LinkedHashMap<>();
        ObjectNode collections = JSON.objectNode();
        for (ItemWrite write : writes) {
            String table = write.table().name();
            WriteCapacity.measure(write, consumed.computeIfAbsent(table, ConsumedCapacity::writes));
            if (metrics && !write.table().definition().localIndexes().isEmpty()) {
                ArrayNode list = collections.has(table) ? (ArrayNode) collections.get(table) : collections.putArray(table);
                list.add(ItemProtocol.itemCollectionMetrics(ItemCollectionMetrics.of(write)));
            }
        }
        addCapacity(output, consumed, capacity);
        if (metrics) {
            output.set("ItemCollectionMetrics", collections);
        }
        return output;
    }

    public JsonNode batchGetItem(JsonNode input, RequestContext context) {
        JsonNode requestItems = JsonInput.object(input, "RequestItems");
        CapacityMode capacity = ItemProtocol.capacityMode(input);
        int total = 0;
        Iterator<Map.Entry<String, JsonNode>> counted = requestItems.fields();
        while (counted.hasNext()) {
            Map.Entry<String, JsonNode> request = counted.next();
            total += JsonInput.array(JsonInput.object(requestItems, request.getKey()), "Keys").size();
        }
        if (total > MAX_KEYS) {
            throw DynamoDbErrors.validation("Too many items requested for the BatchGetItem call");
        }
        List<TableRead> reads = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> tablesRequested = requestItems.fields();
        while (tablesRequested.hasNext()) {
            Map.Entry<String, JsonNode> entry = tablesRequested.next();
            reads.add(tableRead(context, entry.getKey(), entry.getValue()));
        }
        return readOutput(reads, capacity);
    }

    /** The keys of one table a BatchGetItem asks for, checked. */
    private record TableRead(Table table, JsonNode request, ExpressionRequest expressions, boolean consistent,
                             List<PrimaryKey> keys) {
    }

    private TableRead tableRead(RequestContext context, String tableName, JsonNode request) {
        ExpressionRequest expressionRequest = ExpressionParameters.read(expressions, request,
                ExpressionKind.PROJECTION);
        Table table = tables.forItems(context, tableName);
        Set<ByteBuffer> seen = new HashSet<>();
        List<PrimaryKey> keys = new ArrayList<>();
        for (JsonNode keyJson : JsonInput.array(request, "Keys")) {
            PrimaryKey key = KeyRules.ofKey(table.definition().keySchema(), AttributeValueCodec.decodeItem(keyJson));
            if (!seen.add(ByteBuffer.wrap(key.encoded()))) {
                throw DynamoDbErrors.duplicateKeys();
            }
            keys.add(key);
        }
        return new TableRead(table, request, expressionRequest, JsonInput.flag(request, "ConsistentRead"), keys);
    }

    private ObjectNode readOutput(List<TableRead> reads, CapacityMode capacity) {
        ObjectNode output = JSON.objectNode();
        ObjectNode responses = output.putObject("Responses");
        ObjectNode unprocessed = output.putObject("UnprocessedKeys");
        Map<String, ConsumedCapacity> consumed = new LinkedHashMap<>();
        long responseBytes = 0;
        for (TableRead read : reads) {
            ArrayNode items = responses.putArray(read.table().name());
            ConsumedCapacity tableCapacity = consumed.computeIfAbsent(read.table().name(), ConsumedCapacity::reads);
            ArrayNode leftOver = null;
            for (PrimaryKey key : read.keys()) {
                if (responseBytes >= MAX_RESPONSE_BYTES) {
                    leftOver = leftOver != null ? leftOver : unprocessedKeys(unprocessed, read);
                    leftOver.add(AttributeValueCodec.encodeItem(key.attributes()));
                    continue;
                }
                Map<String, AttributeValue> item = store.get(read.table().definition(), key).orElse(null);
                long size = item == null ? 0 : ItemSize.of(item);
                tableCapacity.addTable(ConsumedCapacity.readUnits(size, read.consistent()));
                if (item != null) {
                    Map<String, AttributeValue> shown = read.expressions().projection()
                            .map(projection -> projection.apply(item)).orElse(item);
                    responseBytes += ItemSize.of(shown);
                    items.add(AttributeValueCodec.encodeItem(shown));
                }
            }
        }
        addCapacity(output, consumed, capacity);
        return output;
    }

    private static ArrayNode unprocessedKeys(ObjectNode unprocessed, TableRead read) {
        ObjectNode request = read.request().deepCopy();
        unprocessed.set(read.table().name(), request);
        return request.putArray("Keys");
    }

    private static void addCapacity(ObjectNode output, Map<String, ConsumedCapacity> consumed, CapacityMode mode) {
        if (mode == CapacityMode.NONE) {
            return;
        }
        ArrayNode list = output.putArray("ConsumedCapacity");
        consumed.values().forEach(capacity -> list.add(CapacityJson.of(capacity.shown(mode))));
    }
}
