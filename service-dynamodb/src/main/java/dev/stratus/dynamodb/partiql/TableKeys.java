package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * The keys of a table as DescribeTable describes it: its {@code KeySchema} and the {@code KeySchema} of each
     * of its {@code GlobalSecondaryIndexes} and {@code LocalSecondaryIndexes}.
     */
    public static TableKeys fromDescription(JsonNode tableDescription) {
        TableKeys keys = new TableKeys(keyAttributes(tableDescription.get("KeySchema")), Map.of());
        for (String indexes : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
            JsonNode list = tableDescription.get(indexes);
            if (list != null) {
                for (JsonNode index : list) {
                    KeyAttributes indexKeys = keyAttributes(index.get("KeySchema"));
                    keys = keys.withIndex(index.get("IndexName").asText(), indexKeys.hashKey(),
                            indexKeys.rangeKey().orElse(null));
                }
            }
        }
        return keys;
    }

    private static KeyAttributes keyAttributes(JsonNode keySchema) {
        String hash = null;
        String range = null;
        for (JsonNode element : keySchema) {
            if (element.get("KeyType").asText().equals("HASH")) {
                hash = element.get("AttributeName").asText();
            } else {
                range = element.get("AttributeName").asText();
            }
        }
        return new KeyAttributes(hash, Optional.ofNullable(range));
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
