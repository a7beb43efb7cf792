package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the translator needs to know of the statement's table: its key attributes and those of each secondary
 * index, by index name.
 */
public record TableKeys(KeyAttributes primary, Map<String, KeyAttributes> indexes) {

    public TableKeys {
        Objects.requireNonNull(primary, "primary");
        indexes = Map.copyOf(indexes);
    }

    public static TableKeys of(String hashKey, String rangeKeyOrNull) {
        return new TableKeys(new KeyAttributes(hashKey, Optional.ofNullable(rangeKeyOrNull)), Map.of());
    }

    /** The keys of a table and of each of its secondary indexes, as its definition states them. */
    public static TableKeys of(TableDefinition table) {
        Map<String, KeyAttributes> indexes = new HashMap<>();
        for (SecondaryIndex index : table.indexes()) {
            indexes.put(index.name(), keyAttributes(index.keySchema()));
        }
        return new TableKeys(keyAttributes(table.keySchema()), indexes);
    }

    private static KeyAttributes keyAttributes(KeySchema keySchema) {
        return new KeyAttributes(names(keySchema.partition()), names(keySchema.sort()));
    }

    private static List<String> names(List<KeyElement> elements) {
        return elements.stream().map(KeyElement::name).toList();
    }

    public TableKeys withIndex(String indexName, String hashKey, String rangeKeyOrNull) {
        Map<String, KeyAttributes> more = new HashMap<>(indexes);
        more.put(indexName, new KeyAttributes(hashKey, Optional.ofNullable(rangeKeyOrNull)));
        return new TableKeys(primary, more);
    }

    /** The hash (partition) key attribute and, for a composite key, the range (sort) key attribute. */
    /**
     * The key attributes of a table or index: one partition key attribute and at most one sort key attribute,
     * or, for a global index with multi-attribute keys, up to four of each, in the key schema's order.
     */
    public record KeyAttributes(List<String> partitionKeys, List<String> sortKeys) {
        public KeyAttributes {
            partitionKeys = List.copyOf(partitionKeys);
            sortKeys = List.copyOf(sortKeys);
        }

        public KeyAttributes(String hashKey, Optional<String> rangeKey) {
            this(List.of(Objects.requireNonNull(hashKey, "hashKey")), rangeKey.stream().toList());
        }

        /** The first partition key attribute: a table's only one. */
        public String hashKey() {
            return partitionKeys.get(0);
        }

        /** The first sort key attribute: a table's only one, if it has one. */
        public Optional<String> rangeKey() {
            return sortKeys.stream().findFirst();
        }
    }
}
