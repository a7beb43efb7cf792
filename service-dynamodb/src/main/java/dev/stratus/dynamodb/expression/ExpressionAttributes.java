package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A request's ExpressionAttributeNames and ExpressionAttributeValues, which placeholders are resolved against. */
record ExpressionAttributes(Map<String, String> names, Map<String, AttributeValue> values) {

    ExpressionAttributes {
        names = names == null ? Map.of() : names;
        values = values == null ? Map.of() : values;
    }

    /** The path with placeholders resolved; only for paths validation has accepted. */
    ResolvedPath resolve(Operand.DocumentPath path) {
        List<ResolvedPath.Step> steps = new ArrayList<>(path.elements().size());
        for (PathElement element : path.elements()) {
            if (element instanceof PathElement.AttributeName name) {
                steps.add(new ResolvedPath.Key(name.name()));
            } else if (element instanceof PathElement.NamePlaceholder placeholder) {
                steps.add(new ResolvedPath.Key(names.get(placeholder.placeholder())));
            } else {
                steps.add(new ResolvedPath.Index(((PathElement.ListIndex) element).index()));
            }
        }
        return new ResolvedPath(steps);
    }

    /** Whether every placeholder of the path is defined. */
    boolean resolvable(Operand.DocumentPath path) {
        return path.elements().stream().noneMatch(element -> element instanceof PathElement.NamePlaceholder placeholder
                && !names.containsKey(placeholder.placeholder()));
    }

    AttributeValue value(Operand.ValueReference reference) {
        return values.get(reference.placeholder());
    }
}
