package dev.stratus.dynamodb.key;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key values of one item (or index entry) under a key schema.
 *
 * @param values the values of the schema's {@link KeySchema#elements() elements}, in their order
 */
public record PrimaryKey(KeySchema schema, List<AttributeValue> values) {

    public PrimaryKey {
        values = List.copyOf(values);
    }

    /** The value of the first partition key attribute: a single-attribute key's partition key value. */
    public AttributeValue hash() {
        return values.get(0);
    }

    /** The key as DynamoDB shows it: {@code {hashName: value, rangeName: value}}. */
    public Map<String, AttributeValue> attributes() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(4);
        List<KeyElement> elements = schema.elements();
        for (int i = 0; i < elements.size(); i++) {
            attributes.put(elements.get(i).name(), values.get(i));
        }
        return attributes;
    }

    /**
     * The order-preserving encoding of the key values, partition key attributes then sort key attributes: keys
     * sort by each attribute in turn.
     */
    public byte[] encoded() {
        return KeyEncoding.encode(values);
    }

    /** The key of {@code item} under {@code schema}, or {@code null} if the item lacks a key attribute. */
    public static PrimaryKey of(KeySchema schema, Map<String, AttributeValue> item) {
        List<KeyElement> elements = schema.elements();
        List<AttributeValue> values = new ArrayList<>(elements.size());
        for (KeyElement element : elements) {
            AttributeValue value = item.get(element.name());
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return new PrimaryKey(schema, values);
    }
}
