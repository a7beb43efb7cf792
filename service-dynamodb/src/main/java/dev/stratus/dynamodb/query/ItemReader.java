package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.KeyCondition;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.item.StoredItem;
import dev.stratus.dynamodb.key.KeyEncoding;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.ScalarType;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads pages of items for Query and Scan as range scans of the stored keys: a Query reads one partition's key
 * range in order (never sorting), a Scan reads the table or index in key order. Pages stop at the caller's
 * limit or after 1 MB read, as DynamoDB's do.
 */
@Singleton
public final class ItemReader {

    static final long PAGE_BYTES = 1024 * 1024;

    private final TableKeyspace keyspace;

    @Inject
    public ItemReader(TableKeyspace keyspace) {
        this.keyspace = keyspace;
    }

    /** What a read covers: the table or one of its indexes. */
    public record Source(TableDefinition table, SecondaryIndex index) {

        KeySchema keySchema() {
            return index == null ? table.keySchema() : index.keySchema();
        }

        byte[] prefix() {
            return index == null ? TableKeyspace.itemPrefix(table.id())
                    : TableKeyspace.indexPrefix(table.id(), index.number());
        }

        /** The stored key of an item or entry with these attributes. */
        byte[] storageKey(Map<String, AttributeValue> attributes) {
            PrimaryKey tableKey = PrimaryKey.of(table.keySchema(), attributes);
            if (index == null) {
                return ItemStore.itemKey(table.id(), tableKey);
            }
            return ItemStore.indexKey(table.id(), index, PrimaryKey.of(index.keySchema(), attributes), tableKey);
        }

        /** The attributes of the LastEvaluatedKey: the table's key, and the index's for index reads. */
        Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (KeyElement element : keyElements()) {
                key.put(element.name(), item.get(element.name()));
            }
            return key;
        }

        List<KeyElement> keyElements() {
            List<KeyElement> elements = new ArrayList<>(table.keySchema().elements());
            if (index != null) {
                index.keySchema().elements().stream()
                        .filter(element -> !table.keySchema().contains(element.name()))
                        .forEach(elements::add);
            }
            return elements;
        }
    }

    public Page query(Source source, KeyCondition condition, boolean forward, int limit,
                      Map<String, AttributeValue> exclusiveStartKey, Predicate<Map<String, AttributeValue>> filter) {
        List<AttributeValue> equalities = new ArrayList<>(condition.partition().values());
        equalities.addAll(condition.sortPrefix().values());
        byte[] equal = ByteKeys.concat(source.prefix(), KeyEncoding.encode(equalities));
        KeyRange range = KeyRanges.of(equal, condition.range());
        if (!forward) {
            range = range.reversed();
        }
        if (exclusiveStartKey != null) {
            range = KeyRanges.after(range, startKey(source, exclusiveStartKey), forward);
        }
        return read(source, range, limit, filter, entry -> true);
    }

    public Page scan(Source source, int segment, int totalSegments, int limit,
                     Map<String, AttributeValue> exclusiveStartKey, Predicate<Map<String, AttributeValue>> filter) {
        KeyRange range = KeyRange.prefix(source.prefix());
        int hashStart = source.prefix().length;
        if (exclusiveStartKey != null) {
            byte[] start = startKey(source, exclusiveStartKey);
            if (totalSegments > 1 && segmentOf(start, hashStart, source.keySchema(), totalSegments) != segment) {
                throw DynamoDbErrors.startKeyOfAnotherSegment(segment, totalSegments);
            }
            range = KeyRanges.after(range, start, true);
        }
        Predicate<KeyValue> inSegment = totalSegments <= 1 ? entry -> true
                : entry -> segmentOf(entry.key(), hashStart, source.keySchema(), totalSegments) == segment;
        return read(source, range, limit, filter, inSegment);
    }

    private Page read(Source source, KeyRange range, int limit, Predicate<Map<String, AttributeValue>> filter,
                      Predicate<KeyValue> inSegment) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int scanned = 0;
        long bytes = 0;
        if (isEmpty(range)) {
            return new Page(items, 0, 0, null);
        }
        KeyValueStore store = source.index() == null ? keyspace.items() : keyspace.indexes();
        try (Stream<KeyValue> entries = store.scan(range)) {
            Iterator<KeyValue> iterator = entries.filter(inSegment).iterator();
            while (iterator.hasNext()) {
                StoredItem item = new StoredItem(iterator.next().value());
                scanned++;
                bytes += item.itemSize();
                if (filter.test(item)) {
                    items.add(item);
                }
                // As DynamoDB does, a page cut by the limit or the 1 MB bound names where it stopped, even when
                // nothing follows; the next page is then empty.
                if (scanned >= limit || bytes >= PAGE_BYTES) {
                    return new Page(items, scanned, bytes, source.keyOf(item));
                }
            }
        }
        return new Page(items, scanned, bytes, null);
    }

    private static boolean isEmpty(KeyRange range) {
        return range.start() != null && range.end() != null && ByteKeys.compare(range.start(), range.end()) >= 0;
    }

    private static byte[] startKey(Source source, Map<String, AttributeValue> exclusiveStartKey) {
        List<KeyElement> elements = source.keyElements();
        if (exclusiveStartKey.size() != elements.size()) {
            throw DynamoDbErrors.invalidStartKey();
        }
        for (KeyElement element : elements) {
            AttributeValue value = exclusiveStartKey.get(element.name());
            if (value == null || !value.type().equals(element.type().name())) {
                throw DynamoDbErrors.invalidStartKey();
            }
        }
        return source.storageKey(exclusiveStartKey);
    }

    /** The scan segment of a stored key: a hash of its encoded partition key values. */
    private static int segmentOf(byte[] key, int hashStart, KeySchema schema, int totalSegments) {
        int hashEnd = hashStart;
        for (KeyElement element : schema.partition()) {
            hashEnd = endOfValue(key, hashEnd, element);
        }
        int hash = Arrays.hashCode(Arrays.copyOfRange(key, hashStart, hashEnd));
        return Math.floorMod(hash * 0x9E3779B9, totalSegments);
    }

    /** Where the encoded value starting at {@code start} ends (exclusive). */
    private static int endOfValue(byte[] key, int start, KeyElement element) {
        if (element.type() == ScalarType.N) {
            if (key[start] == 2) {
                return start + 1;
            }
            byte terminator = key[start] == 1 ? (byte) 0xFF : 0;
            int position = start + 2;
            while (key[position] != terminator) {
                position++;
            }
            return position + 1;
        }
        int position = start;
        while (!(key[position] == 0 && key[position + 1] == 1)) {
            position += key[position] == 0 ? 2 : 1;
        }
        return position + 2;
    }
}
