package dev.stratus.dynamodb.legacy;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.AttributeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * UpdateItem's legacy {@code AttributeUpdates} as the changes of an update, keeping AWS's semantics: PUT sets,
 * DELETE without a value removes the attribute, DELETE with a set removes those members, ADD adds to a number
 * (a missing number counts as 0) or a set, and ADD of a list appends to it (a missing list counts as empty).
 */
final class AttributeUpdates {

    private static final Set<String> SETS = Set.of("SS", "NS", "BS");
    private static final Set<String> ADDABLE = Set.of("N", "SS", "NS", "BS", "L");

    private AttributeUpdates() {
    }

    /** The changes {@code attributeUpdates} state, refused as AWS refuses them. */
    static List<AttributeChange> changes(List<AttributeUpdate> attributeUpdates) {
        List<AttributeChange> changes = new ArrayList<>();
        attributeUpdates.forEach(update -> changes.add(change(update)));
        return changes;
    }

    private static AttributeChange change(AttributeUpdate update) {
        String action = update.action() != null ? update.action() : "PUT";
        AttributeValue value = update.value();
        String attribute = update.attribute();
        if (value == null) {
            if (!action.equals("DELETE")) {
                throw LegacyErrors.updateWithoutValue();
            }
            return new AttributeChange(attribute, AttributeChange.Action.REMOVE, null);
        }
        switch (action) {
            case "PUT" -> {
                return new AttributeChange(attribute, AttributeChange.Action.SET, value);
            }
            case "DELETE" -> {
                if (!SETS.contains(value.type())) {
                    throw LegacyErrors.deleteNotSupported(value.type());
                }
                return new AttributeChange(attribute, AttributeChange.Action.DELETE, value);
            }
            default -> {
                if (!ADDABLE.contains(value.type())) {
                    throw LegacyErrors.addNotSupported(value.type());
                }
                return new AttributeChange(attribute, value instanceof AttributeValue.L
                        ? AttributeChange.Action.APPEND : AttributeChange.Action.ADD, value);
            }
        }
    }
}
