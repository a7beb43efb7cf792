package dev.stratus.dynamodb.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The key of a table or index: its partition (hash) key attributes and its sort (range) key attributes, each in
 * the order the key schema gives them. A table's and a local index's key have one partition key attribute and at
 * most one sort key attribute; a global index's may have up to four of each (multi-attribute keys).
 *
 * @param partition the partition key attributes, never empty
 * @param sort      the sort key attributes, empty for a partition-key-only key
 */
public record KeySchema(List<KeyElement> partition, List<KeyElement> sort) {

    public KeySchema {
        partition = List.copyOf(partition);
        sort = List.copyOf(sort);
        if (partition.isEmpty()) {
            throw new IllegalArgumentException("A key has at least one partition key attribute");
        }
    }

    /** A key of one partition key attribute and at most one sort key attribute ({@code range} may be null). */
    public KeySchema(KeyElement hash, KeyElement range) {
        this(List.of(hash), range == null ? List.of() : List.of(range));
    }

    /** The first partition key attribute: a single-attribute key's only one. */
    public KeyElement hash() {
        return partition.get(0);
    }

    /** The first sort key attribute, or {@code null} for a partition-key-only key. */
    public KeyElement range() {
        return sort.isEmpty() ? null : sort.get(0);
    }

    public boolean hasRange() {
        return !sort.isEmpty();
    }

    /** Whether the partition key or the sort key has more than one attribute. */
    public boolean multiAttribute() {
        return partition.size() > 1 || sort.size() > 1;
    }

    /** The key elements, partition key attributes first. */
    public List<KeyElement> elements() {
        List<KeyElement> elements = new ArrayList<>(partition.size() + sort.size());
        elements.addAll(partition);
        elements.addAll(sort);
        return elements;
    }

    public boolean isPartitionKey(KeyElement element) {
        return partition.contains(element);
    }

    public boolean contains(String attribute) {
        return elements().stream().anyMatch(element -> element.name().equals(attribute));
    }
}
