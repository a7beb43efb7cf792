package dev.stratus.dynamodb.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.protocol.ExpressionParameters;
import dev.stratus.dynamodb.protocol.ItemProtocol;
import dev.stratus.dynamodb.protocol.CapacityJson;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.expression.KeyCondition;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.expression.RangeCondition;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.ScalarType;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Query and Scan: JSON in, JSON out; the reading itself is {@link ItemReader}'s. */
@Singleton
public final class ReadOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableService tables;
    private final ItemReader reader;
    private final ItemStore store;
    private final Expressions expressions;

    @Inject
    public ReadOperations(TableService tables, ItemReader reader, ItemStore store, Expressions expressions) {
        this.tables = tables;
        this.reader = reader;
        this.store = store;
        this.expressions = expressions;
    }

    public JsonNode query(JsonNode input, RequestContext context) {
        Long limit = JsonInput.number(input, "Limit");
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.KEY_CONDITION,
                ExpressionKind.FILTER, ExpressionKind.PROJECTION);
        Read read = read("Query", input, context, request);
        KeySchema schema = read.source().keySchema();
        KeyCondition keyCondition = request.keyCondition(schema.hash().name(),
                schema.hasRange() ? schema.range().name() : null)
                .orElseThrow(() -> DynamoDbErrors.validation(
                        "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request."));
        checkKeyConditionTypes(schema, keyCondition);
        request.filter().ifPresent(filter -> checkFilterAvoidsKeys(filter, schema));
        boolean forward = !Boolean.FALSE.equals(JsonInput.bool(input, "ScanIndexForward"));
        Map<String, AttributeValue> startKey = startKey(input);
        if (startKey != null && keyCondition.excludes(startKey)) {
            throw DynamoDbErrors.validation(
                    "The provided starting key is outside query boundaries based on provided conditions");
        }
        Page page = reader.query(read.source(), keyCondition, forward, limitOf(limit), startKey,
                filterOf(request));
        return output(read, page);
    }

    public JsonNode scan(JsonNode input, RequestContext context) {
        Long limit = JsonInput.number(input, "Limit");
        Long segment = JsonInput.number(input, "Segment");
        Long totalSegments = JsonInput.number(input, "TotalSegments");
        checkSegments(segment, totalSegments);
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.FILTER,
                ExpressionKind.PROJECTION);
        Read read = read("Scan", input, context, request);
        Page page = reader.scan(read.source(), segment == null ? 0 : segment.intValue(),
                totalSegments == null ? 1 : totalSegments.intValue(), limitOf(limit), startKey(input),
                filterOf(request));
        return output(read, page);
    }

    /** What one Query or Scan reads and how it answers. */
    private record Read(ItemReader.Source source, Select select, Optional<Projection> projection,
                        boolean consistent, CapacityMode capacity) {
    }

    private Read read(String operation, JsonNode input, RequestContext context, ExpressionRequest request) {
        CapacityMode capacity = ItemProtocol.capacityMode(input);
        boolean consistent = JsonInput.flag(input, "ConsistentRead");
        Table table = tables.forItems(context, JsonInput.text(input, "TableName"));
        TableDefinition definition = table.definition();
        String indexName = JsonInput.text(input, "IndexName");
        SecondaryIndex index = null;
        if (indexName != null) {
            index = definition.index(indexName).orElseThrow(() -> DynamoDbErrors.indexNotFound(indexName));
            if (index.global() && tables.indexStatus(table, index) != Table.IndexStatus.ACTIVE) {
                throw DynamoDbErrors.backfillingIndex(indexName);
            }
            if (consistent && index.global()) {
                throw DynamoDbErrors.validation("Consistent reads are not supported on global secondary indexes");
            }
        }
        Optional<Projection> projection = request.projection();
        Select select = Select.of(operation, input, index, projection);
        return new Read(new ItemReader.Source(definition, index), select, projection, consistent, capacity);
    }

    private ObjectNode output(Read read, Page page) {
        ObjectNode output = JSON.objectNode();
        long bytesRead = page.bytesRead();
        if (read.select() != Select.COUNT) {
            TableDefinition table = read.source().table();
            SecondaryIndex index = read.source().index();
            boolean fetch = read.select().needsTableItem(table, index, read.projection());
            ArrayNode items = output.putArray("Items");
            for (Map<String, AttributeValue> item : page.items()) {
                Map<String, AttributeValue> full = item;
                if (fetch) {
                    full = store.get(table, PrimaryKey.of(table.keySchema(), item)).orElse(item);
                    bytesRead += ItemSize.of(full);
                }
                Map<String, AttributeValue> shown = full;
                if (read.projection().isPresent()) {
                    shown = read.projection().get().apply(full);
                }
                items.add(AttributeValueCodec.encodeItem(shown));
            }
        }
        output.put("Count", page.items().size());
        output.put("ScannedCount", page.scannedCount());
        if (page.lastEvaluatedKey() != null) {
            output.set("LastEvaluatedKey", AttributeValueCodec.encodeItem(page.lastEvaluatedKey()));
        }
        CapacityJson.set(output, capacity(read, bytesRead).shown(read.capacity()));
        return output;
    }

    private static ConsumedCapacity capacity(Read read, long bytesRead) {
        ConsumedCapacity capacity = ConsumedCapacity.reads(read.source().table().name());
        double units = ConsumedCapacity.readUnits(bytesRead, read.consistent());
        SecondaryIndex index = read.source().index();
        return index == null ? capacity.addTable(units) : capacity.addIndex(index.name(), index.global(), units);
    }

    private static void checkKeyConditionTypes(KeySchema schema, KeyCondition condition) {
        boolean hashMatches = condition.hashKeyValue().type().equals(schema.hash().type().name());
        boolean rangeMatches = condition.range() == null || (sameType(schema.range(), condition.range().value())
                && (condition.range().upper() == null || sameType(schema.range(), condition.range().upper())));
        if (!hashMatches || !rangeMatches) {
            throw DynamoDbErrors.invalidParameter("Condition parameter type does not match schema type");
        }
        if (condition.range() != null
                && condition.range().operator() == RangeCondition.Operator.BEGINS_WITH
                && schema.range().type() == ScalarType.N) {
            throw DynamoDbErrors.validation("Invalid KeyConditionExpression: Incorrect operand type for operator or "
                    + "function; operator or function: begins_with, operand type: N");
        }
    }

    private static boolean sameType(KeyElement element, AttributeValue value) {
        return value.type().equals(element.type().name());
    }

    private static void checkFilterAvoidsKeys(Condition filter, KeySchema schema) {
        for (KeyElement element : schema.elements()) {
            if (filter.attributeNames().contains(element.name())) {
                throw DynamoDbErrors.validation("Filter Expression can only contain non-primary key attributes: "
                        + "Primary key attribute: " + element.name());
            }
        }
    }

    private static void checkSegments(Long segment, Long totalSegments) {
        if (segment != null && totalSegments == null) {
            throw DynamoDbErrors.validation("The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present");
        }
        if (totalSegments != null && segment == null) {
            throw DynamoDbErrors.validation("The Segment parameter is required but was not present in the request "
                    + "when parameter TotalSegments is present");
        }
        if (segment != null && segment >= totalSegments) {
            throw DynamoDbErrors.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
        }
    }

    private static int limitOf(Long limit) {
        return limit == null ? Integer.MAX_VALUE : (int) Math.min(limit, Integer.MAX_VALUE);
    }

    private static Map<String, AttributeValue> startKey(JsonNode input) {
        JsonNode json = JsonInput.object(input, "ExclusiveStartKey");
        return json == null ? null : AttributeValueCodec.decodeItem(json);
    }

    private static Predicate<Map<String, AttributeValue>> filterOf(ExpressionRequest request) {
        Optional<Condition> filter = request.filter();
        return filter.isEmpty() ? item -> true : filter.get()::test;
    }
}
