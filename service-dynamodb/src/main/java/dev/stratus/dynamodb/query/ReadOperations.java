package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.ConsumedCapacity;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.KeyCondition;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.expression.RangeCondition;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.item.StoredItem;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.ScalarType;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Query and Scan on typed requests; the reading itself is {@link ItemReader}'s. */
@Singleton
public final class ReadOperations {

    private final TableService tables;
    private final ItemReader reader;
    private final ItemStore store;

    @Inject
    public ReadOperations(TableService tables, ItemReader reader, ItemStore store) {
        this.tables = tables;
        this.reader = reader;
        this.store = store;
    }

    public ReadResult query(QueryRequest request, RequestContext context) {
        Read read = read("Query", request.target(), context);
        KeySchema schema = read.source().keySchema();
        KeyCondition keyCondition = request.keyCondition()
                .map(expression -> expression.forSchema(names(schema.partition()), names(schema.sort())))
                .orElseThrow(() -> DynamoDbErrors.validation(
                        "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request."));
        checkKeyConditionTypes(schema, keyCondition);
        request.filter().ifPresent(filter -> checkFilterAvoidsKeys(filter, schema));
        Map<String, AttributeValue> startKey = request.exclusiveStartKey();
        if (startKey != null && keyCondition.excludes(startKey)) {
            throw DynamoDbErrors.validation(
                    "The provided starting key is outside query boundaries based on provided conditions");
        }
        Page page = reader.query(read.source(), keyCondition, request.scanIndexForward(), limitOf(request.limit()),
                startKey, filterOf(request.filter()));
        return result(read, page);
    }

    public ReadResult scan(ScanRequest request, RequestContext context) {
        Read read = read("Scan", request.target(), context);
        ScanSegment segment = request.segment();
        Page page = reader.scan(read.source(), segment.segment(), segment.totalSegments(), limitOf(request.limit()),
                request.exclusiveStartKey(), filterOf(request.filter()));
        return result(read, page);
    }

    /** What one Query or Scan reads and how it answers. */
    private record Read(ItemReader.Source source, Select select, ReadTarget target) {

        Optional<Projection> projection() {
            return target.projection();
        }
    }

    private Read read(String operation, ReadTarget target, RequestContext context) {
        Table table = tables.forItems(context, target.tableName());
        TableDefinition definition = table.definition();
        String indexName = target.indexName();
        SecondaryIndex index = null;
        if (indexName != null) {
            index = definition.index(indexName).orElseThrow(() -> DynamoDbErrors.indexNotFound(indexName));
            if (index.global() && tables.indexStatus(table, index) != Table.IndexStatus.ACTIVE) {
                throw DynamoDbErrors.backfillingIndex(indexName);
            }
            if (target.consistentRead() && index.global()) {
                throw DynamoDbErrors.validation("Consistent reads are not supported on global secondary indexes");
            }
        }
        Select select = Select.of(operation, target.select(), index, target.projection());
        return new Read(new ItemReader.Source(definition, index), select, target);
    }

    private ReadResult result(Read read, Page page) {
        long bytesRead = page.bytesRead();
        List<Map<String, AttributeValue>> items = null;
        if (read.select() != Select.COUNT) {
            TableDefinition table = read.source().table();
            SecondaryIndex index = read.source().index();
            boolean fetch = read.select().needsTableItem(table, index, read.projection());
            items = new ArrayList<>(page.items().size());
            for (Map<String, AttributeValue> item : page.items()) {
                Map<String, AttributeValue> full = item;
                if (fetch) {
                    Optional<StoredItem> stored = store.read(table, PrimaryKey.of(table.keySchema(), item));
                    full = stored.isPresent() ? stored.get() : item;
                    bytesRead += StoredItem.sizeOf(full);
                }
                Map<String, AttributeValue> shown = full;
                if (read.projection().isPresent()) {
                    shown = read.projection().get().apply(full);
                }
                items.add(shown);
            }
        }
        return new ReadResult(items, page.items().size(), page.scannedCount(), page.lastEvaluatedKey(),
                capacity(read, bytesRead).shown(read.target().capacity()));
    }

    private static ConsumedCapacity capacity(Read read, long bytesRead) {
        ConsumedCapacity capacity = ConsumedCapacity.reads(read.source().table().name());
        double units = ConsumedCapacity.readUnits(bytesRead, read.target().consistentRead());
        SecondaryIndex index = read.source().index();
        return index == null ? capacity.addTable(units) : capacity.addIndex(index.name(), index.global(), units);
    }

    private static void checkKeyConditionTypes(KeySchema schema, KeyCondition condition) {
        boolean typesMatch = true;
        for (KeyElement element : schema.elements()) {
            AttributeValue equal = condition.partition().containsKey(element.name())
                    ? condition.partition().get(element.name()) : condition.sortPrefix().get(element.name());
            typesMatch &= equal == null || sameType(element, equal);
        }
        RangeCondition range = condition.range();
        KeyElement rangeKey = range == null ? null : schema.sort().stream()
                .filter(element -> element.name().equals(range.attributeName())).findFirst().orElseThrow();
        typesMatch &= range == null || (sameType(rangeKey, range.value())
                && (range.upper() == null || sameType(rangeKey, range.upper())));
        if (!typesMatch) {
            throw DynamoDbErrors.invalidParameter("Condition parameter type does not match schema type");
        }
        if (range != null && range.operator() == RangeCondition.Operator.BEGINS_WITH
                && rangeKey.type() == ScalarType.N) {
            throw DynamoDbErrors.validation("Invalid KeyConditionExpression: Incorrect operand type for operator or "
                    + "function; operator or function: begins_with, operand type: N");
        }
    }

    private static List<String> names(List<KeyElement> elements) {
        return elements.stream().map(KeyElement::name).toList();
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

    private static int limitOf(Long limit) {
        return limit == null ? Integer.MAX_VALUE : (int) Math.min(limit, Integer.MAX_VALUE);
    }

    private static Predicate<Map<String, AttributeValue>> filterOf(Optional<Condition> filter) {
        return filter.isEmpty() ? item -> true : filter.get()::test;
    }
}
