package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import java.util.HashMap;
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
        return new KeyAttributes(keySchema.hash().name(),
                Optional.ofNullable(keySchema.range()).map(KeyElement::name));
    }

    public TableKeys withIndex(String indexName, String hashKey, String rangeKeyOrNull) {
        Map<String, KeyAttributes> more = new HashMap<>(indexes);
        more.put(indexName, new KeyAttributes(hashKey, Optional.ofNullable(rangeKeyOrNull)));
        return new TableKeys(primary, more);
    }

    /** The hash (partition) key attribute and, for a composite key, the range (sort) key attribute. */
    public record KeyAttributes(String hashKey, Optional<String> rangeKey) {
        public KeyAttributes {
            Objects.requireNonNull(hashKey, "hashKey");
            Objects.requireNonNull(rangeKey, "rangeKey");
        }
    }
}
