package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A validated ProjectionExpression, bound to its request's placeholders. */
public final class Projection {

    private final List<ResolvedPath> paths;

    Projection(List<ResolvedPath> paths) {
        this.paths = List.copyOf(paths);
    }

    /**
     * The parts of the item the paths select, shaped as DynamoDB returns them: {@code a.b[1]} gives
     * {@code {"a": {"M": {"b": {"L": [<element 1>]}}}}}; paths leading nowhere add nothing. {@code null} gives an
     * empty map.
     */
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        return ProjectedTree.project(item, paths);
    }

    /** The top-level attribute names the projection selects from. */
    public Set<String> attributeNames() {
        Set<String> names = new LinkedHashSet<>();
        paths.forEach(path -> names.add(path.topLevelName()));
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Projection that && paths.equals(that.paths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paths);
    }

    /** A canonical rendering: the same for the same tree and placeholder bindings, whatever request it came in. */
    @Override
    public String toString() {
        return "Projection[" + paths + "]";
    }
}
