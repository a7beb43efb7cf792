package dev.stratus.dynamodb.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The key of a table or index: a hash (partition) key and an optional range (sort) key.
 *
 * @param range the range key, or {@code null} for a hash-only key
 */
public record KeySchema(KeyElement hash, KeyElement range) {

    public boolean hasRange() {
        return range != null;
    }

    /** The key elements, hash first. */
    public List<KeyElement> elements() {
        List<KeyElement> elements = new ArrayList<>(2);
        elements.add(hash);
        if (range != null) {
            elements.add(range);
        }
        return elements;
    }

    public boolean contains(String attribute) {
        return hash.name().equals(attribute) || (range != null && range.name().equals(attribute));
    }
}
