package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.SecondaryIndex;
import java.util.LinkedHashMap;
import java.util.Map;

/** The attributes a secondary index copies from an item: its keys, the table's keys, and what it projects. */
public final class IndexProjection {

    private IndexProjection() {
    }

    public static Map<String, AttributeValue> project(KeySchema tableKey, SecondaryIndex index,
                                                      Map<String, AttributeValue> item) {
        if (index.projectsAll()) {
            return item;
        }
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        copyKeys(tableKey, item, projected);
        copyKeys(index.keySchema(), item, projected);
        for (String attribute : index.projection().nonKeyAttributes()) {
            AttributeValue value = item.get(attribute);
            if (value != null) {
                projected.put(attribute, value);
            }
        }
        return projected;
    }

    /** Whether the index holds {@code attribute} for every item it holds. */
    public static boolean projects(KeySchema tableKey, SecondaryIndex index, String attribute) {
        return index.projectsAll()
                || tableKey.contains(attribute)
                || index.keySchema().contains(attribute)
                || index.projection().nonKeyAttributes().contains(attribute);
    }

    private static void copyKeys(KeySchema schema, Map<String, AttributeValue> item,
                                 Map<String, AttributeValue> into) {
        for (KeyElement element : schema.elements()) {
            AttributeValue value = item.get(element.name());
            if (value != null) {
                into.put(element.name(), value);
            }
        }
    }
}
