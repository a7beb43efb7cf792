package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.ScalarType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stored key schemas in both forms: {@code {"partition": [...], "sort": [...]}}, and the
 * {@code {"hash": {...}, "range": {...}}} that data directories written before multi-attribute keys hold.
 */
final class StoredKeySchemas extends StdDeserializer<KeySchema> {

    private StoredKeySchemas() {
        super(KeySchema.class);
    }

    static SimpleModule module() {
        return new SimpleModule().addDeserializer(KeySchema.class, new StoredKeySchemas());
    }

    @Override
    public KeySchema deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (node.has("hash")) {
            JsonNode range = node.get("range");
            return new KeySchema(element(node.get("hash")), range == null || range.isNull() ? null : element(range));
        }
        return new KeySchema(elements(node.get("partition")), elements(node.get("sort")));
    }

    private static List<KeyElement> elements(JsonNode array) {
        List<KeyElement> elements = new ArrayList<>();
        array.forEach(node -> elements.add(element(node)));
        return elements;
    }

    private static KeyElement element(JsonNode node) {
        return new KeyElement(node.get("name").asText(), ScalarType.valueOf(node.get("type").asText()));
    }
}
