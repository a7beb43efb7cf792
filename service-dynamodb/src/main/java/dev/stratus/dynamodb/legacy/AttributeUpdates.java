package dev.stratus.dynamodb.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UpdateItem's legacy {@code AttributeUpdates} as an UpdateExpression, keeping AWS's semantics: PUT sets,
 * DELETE without a value removes the attribute, DELETE with a set removes those members, ADD adds to a number
 * (a missing number counts as 0) or a set, and ADD of a list appends to it (a missing list counts as empty).
 */
final class AttributeUpdates {

    private static final Set<String> SETS = Set.of("SS", "NS", "BS");
    private static final Set<String> ADDABLE = Set.of("N", "SS", "NS", "BS", "L");

    private final List<String> set = new ArrayList<>();
    private final List<String> remove = new ArrayList<>();
    private final List<String> add = new ArrayList<>();
    private final List<String> delete = new ArrayList<>();

    private AttributeUpdates() {
    }

    /** The UpdateExpression equivalent to {@code attributeUpdates}, or an empty string when there is none. */
    static String toUpdateExpression(JsonNode attributeUpdates, Placeholders placeholders) {
        AttributeUpdates updates = new AttributeUpdates();
        Iterator<Map.Entry<String, JsonNode>> entries = attributeUpdates.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            updates.add(entry.getKey(), entry.getValue(), placeholders);
        }
        return updates.expression();
    }

    private void add(String attribute, JsonNode update, Placeholders placeholders) {
        String action = update.hasNonNull("Action") ? update.get("Action").asText() : "PUT";
        AttributeValue value = update.hasNonNull("Value") ? AttributeValueCodec.decode(update.get("Value")) : null;
        if (value == null) {
            if (!action.equals("DELETE")) {
                throw LegacyErrors.updateWithoutValue();
            }
            remove.add(placeholders.name(attribute));
            return;
        }
        String name = placeholders.name(attribute);
        switch (action) {
            case "PUT" -> set.add(name + " = " + placeholders.value(value));
            case "DELETE" -> {
                if (!SETS.contains(value.type())) {
                    throw LegacyErrors.deleteNotSupported(value.type());
                }
                delete.add(name + " " + placeholders.value(value));
            }
            default -> {
                if (!ADDABLE.contains(value.type())) {
                    throw LegacyErrors.addNotSupported(value.type());
                }
                if (value instanceof AttributeValue.L) {
                    set.add(name + " = list_append(if_not_exists(" + name + ", "
                            + placeholders.value(AttributeValue.l()) + "), " + placeholders.value(value) + ")");
                } else {
                    add.add(name + " " + placeholders.value(value));
                }
            }
        }
    }

    private String expression() {
        List<String> clauses = new ArrayList<>();
        clause(clauses, "SET ", set);
        clause(clauses, "REMOVE ", remove);
        clause(clauses, "ADD ", add);
        clause(clauses, "DELETE ", delete);
        return String.join(" ", clauses);
    }

    private static void clause(List<String> clauses, String keyword, List<String> actions) {
        if (!actions.isEmpty()) {
            clauses.add(keyword + String.join(", ", actions));
        }
    }
}
