package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of an item some paths select, shaped as DynamoDB returns them: maps keep only the selected names,
 * lists only the selected elements (in index order, without gaps).
 */
final class ProjectedTree {

    private final Map<String, Object> root = new LinkedHashMap<>();

    static Map<String, AttributeValue> project(Map<String, AttributeValue> item, List<ResolvedPath> paths) {
        ProjectedTree tree = new ProjectedTree();
        if (item != null) {
            paths.forEach(path -> tree.add(item, path));
        }
        return tree.build();
    }

    private void add(Map<String, AttributeValue> item, ResolvedPath path) {
        AttributeValue selected = AttributeValues.at(item, path);
        if (selected == null) {
            return;
        }
        List<ResolvedPath.Step> steps = path.steps();
        Object container = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            container = childContainer(container, steps.get(i), steps.get(i + 1));
        }
        put(container, steps.get(steps.size() - 1), selected);
    }

    /** The node under {@code step}, created as a map or a list according to the step after it. */
    @SuppressWarnings("unchecked")
    private static Object childContainer(Object container, ResolvedPath.Step step, ResolvedPath.Step next) {
        Object fresh = next instanceof ResolvedPath.Key ? new LinkedHashMap<String, Object>() : new TreeMap<Integer, Object>();
        if (step instanceof ResolvedPath.Key key) {
            return ((Map<String, Object>) container).computeIfAbsent(key.name(), name -> fresh);
        }
        return ((Map<Integer, Object>) container).computeIfAbsent(((ResolvedPath.Index) step).index(), index -> fresh);
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, ResolvedPath.Step step, AttributeValue value) {
        if (step instanceof ResolvedPath.Key key) {
            ((Map<String, Object>) container).put(key.name(), value);
        } else {
            ((Map<Integer, Object>) container).put(((ResolvedPath.Index) step).index(), value);
        }
    }

    private Map<String, AttributeValue> build() {
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        root.forEach((name, node) -> result.put(name, value(node)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue value(Object node) {
        if (node instanceof AttributeValue value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<AttributeValue> elements = new ArrayList<>();
            list.values().forEach(element -> elements.add(value(element)));
            return new AttributeValue.L(elements);
        }
        Map<String, AttributeValue> members = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((name, member) -> members.put(name, value(member)));
        return new AttributeValue.M(members);
    }
}
