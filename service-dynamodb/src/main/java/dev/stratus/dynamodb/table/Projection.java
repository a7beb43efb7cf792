package dev.stratus.dynamodb.table;

import java.util.List;

/**
 * Which attributes a secondary index copies from the table.
 *
 * @param nonKeyAttributes the attributes an {@code INCLUDE} projection adds to the keys; empty otherwise
 */
public record Projection(Type type, List<String> nonKeyAttributes) {

    public enum Type { ALL, KEYS_ONLY, INCLUDE }

    public Projection {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }
}
