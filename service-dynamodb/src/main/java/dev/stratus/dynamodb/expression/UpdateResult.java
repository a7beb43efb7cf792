package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The outcome of an update: the item before and after, and what the update touched. */
public final class UpdateResult {

    private final Map<String, AttributeValue> oldItem;
    private final Map<String, AttributeValue> newItem;
    private final List<ResolvedPath> paths;
    private final boolean stored;

    UpdateResult(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem, List<ResolvedPath> paths,
                 boolean stored) {
        this.oldItem = oldItem;
        this.newItem = Collections.unmodifiableMap(new LinkedHashMap<>(newItem));
        this.paths = paths;
        this.stored = stored;
    }

    /** The stored item before the update, {@code null} when there was none. */
    public Map<String, AttributeValue> oldItem() {
        return oldItem;
    }

    public Map<String, AttributeValue> newItem() {
        return newItem;
    }

    /**
     * The item the update leaves stored: the new item, or {@code null} when an update of a missing item only
     * removed attributes or deleted from sets, which on DynamoDB creates no item.
     */
    public Map<String, AttributeValue> storedItem() {
        return stored ? newItem : null;
    }

    /** The top-level attributes the update's actions name, in the order written. */
    public Set<String> updatedAttributeNames() {
        Set<String> names = new LinkedHashSet<>();
        paths.forEach(path -> names.add(path.topLevelName()));
        return names;
    }

    /** ReturnValues UPDATED_OLD: the old item's values at the updated paths. */
    public Map<String, AttributeValue> updatedOld() {
        return ProjectedTree.project(oldItem, paths);
    }

    /** ReturnValues UPDATED_NEW: the new item's values at the updated paths. */
    public Map<String, AttributeValue> updatedNew() {
        return ProjectedTree.project(newItem, paths);
    }
}
