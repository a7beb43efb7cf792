package dev.stratus.dynamodb.partiql;

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
