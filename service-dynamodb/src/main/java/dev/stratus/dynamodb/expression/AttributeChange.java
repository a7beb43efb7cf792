package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;

/**
 * One change of a top-level attribute, as UpdateItem's legacy {@code AttributeUpdates} state it;
 * {@link ExpressionTrees} builds the equivalent update.
 *
 * @param value the value set, added, appended or whose members are deleted; {@code null} for REMOVE
 */
public record AttributeChange(String attribute, Action action, AttributeValue value) {

    /**
     * SET the attribute; REMOVE it; ADD to a number or set; DELETE members of a set; APPEND to a list (a missing
     * list counts as empty).
     */
    public enum Action {
        SET, REMOVE, ADD, DELETE, APPEND
    }
}
