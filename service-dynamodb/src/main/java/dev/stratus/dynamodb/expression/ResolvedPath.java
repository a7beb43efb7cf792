package dev.stratus.dynamodb.expression;

import java.util.List;
import java.util.stream.Collectors;

/** A document path with its placeholders replaced by the attribute names they stand for. */
record ResolvedPath(List<Step> steps) {

    ResolvedPath {
        steps = List.copyOf(steps);
    }

    sealed interface Step {
    }

    record Key(String name) implements Step {
    }

    record Index(int index) implements Step {
    }

    String topLevelName() {
        return ((Key) steps.get(0)).name();
    }

    boolean isNested() {
        return steps.size() > 1;
    }

    /** As DynamoDB prints a path in messages: {@code [a, b, [2]]}. */
    @Override
    public String toString() {
        return steps.stream()
                .map(step -> step instanceof Key key ? key.name() : "[" + ((Index) step).index() + "]")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
