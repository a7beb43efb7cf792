package dev.stratus.dynamodb.key;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.table.KeySchema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key values of one item (or index entry) under a key schema.
 *
 * @param range the range key value, or {@code null} for a hash-only schema
 */
public record PrimaryKey(KeySchema schema, AttributeValue hash, AttributeValue range) {

    /** The key as DynamoDB shows it: {@code {hashName: value, rangeName: value}}. */
    public Map<String, AttributeValue> attributes() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(4);
        attributes.put(schema.hash().name(), hash);
        if (range != null) {
            attributes.put(schema.range().name(), range);
        }
        return attributes;
    }

    /** The order-preserving encoding of the key values, hash then range. */
    public byte[] encoded() {
        return range == null ? KeyEncoding.encode(hash) : KeyEncoding.encode(hash, range);
    }

    /** The key of {@code item} under {@code schema}, or {@code null} if the item lacks a key attribute. */
    public static PrimaryKey of(KeySchema schema, Map<String, AttributeValue> item) {
        AttributeValue hash = item.get(schema.hash().name());
        AttributeValue range = schema.hasRange() ? item.get(schema.range().name()) : null;
        if (hash == null || (schema.hasRange() && range == null)) {
            return null;
        }
        return new PrimaryKey(schema, hash, range);
    }
}
