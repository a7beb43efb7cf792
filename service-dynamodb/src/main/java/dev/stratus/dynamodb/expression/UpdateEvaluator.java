package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.value.AttributeValue;
import dev.stratus.dynamodb.value.DynamoNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a validated UpdateExpression to an item. Every SET value is computed from the item as it was before
 * the update; removals run last, highest list index first, so indexes always refer to the original lists.
 *
 * <p>The item is edited as a tree of plain maps and lists ({@code M} and {@code L}) holding attribute values,
 * then turned back into immutable values.
 */
final class UpdateEvaluator {

    private final ExpressionAttributes attributes;
    private final Map<String, AttributeValue> before;

    private UpdateEvaluator(ExpressionAttributes attributes, Map<String, AttributeValue> before) {
        this.attributes = attributes;
        this.before = before;
    }

    static Map<String, AttributeValue> apply(ParsedUpdate update, ExpressionAttributes attributes,
                                             Map<String, AttributeValue> before) {
        return new UpdateEvaluator(attributes, before).apply(update.actions());
    }

    private Map<String, AttributeValue> apply(List<UpdateAction> actions) {
        List<AttributeValue> setValues = new ArrayList<>();
        for (UpdateAction action : actions) {
            setValues.add(action instanceof UpdateAction.Set set ? value(set.value()) : null);
        }
        Map<String, Object> document = editable(before);
        List<UpdateAction> removals = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            UpdateAction action = actions.get(i);
            ResolvedPath path = attributes.resolve(action.path());
            if (action instanceof UpdateAction.Set) {
                set(parent(document, path), last(path), setValues.get(i));
            } else if (action instanceof UpdateAction.Add add) {
                add(parent(document, path), last(path), attributes.value(add.value()));
            } else if (action instanceof UpdateAction.Delete delete) {
                delete(parent(document, path), last(path), attributes.value(delete.value()));
            } else {
                removals.add(action);
            }
        }
        removals.sort(Comparator.comparingInt(this::removalOrder));
        for (UpdateAction removal : removals) {
            ResolvedPath path = attributes.resolve(removal.path());
            remove(parent(document, path), last(path));
        }
        return frozen(document);
    }

    /** Later list indexes first; named attributes keep their order. */
    private int removalOrder(UpdateAction removal) {
        ResolvedPath.Step last = last(attributes.resolve(removal.path()));
        return last instanceof ResolvedPath.Index index ? -index.index() : 0;
    }

    private AttributeValue value(Operand operand) {
        if (operand instanceof Operand.DocumentPath path) {
            AttributeValue value = AttributeValues.at(before, attributes.resolve(path));
            if (value == null) {
                throw ExpressionErrors.missingAttribute();
            }
            return value;
        }
        if (operand instanceof Operand.ValueReference reference) {
            return attributes.value(reference);
        }
        if (operand instanceof Operand.Arithmetic arithmetic) {
            DynamoNumber left = number(value(arithmetic.left()));
            DynamoNumber right = number(value(arithmetic.right()));
            return new AttributeValue.N(arithmetic.plus() ? left.add(right) : left.subtract(right));
        }
        Operand.FunctionCall call = (Operand.FunctionCall) operand;
        if (call.name().equals("if_not_exists")) {
            AttributeValue existing = AttributeValues.at(before,
                    attributes.resolve((Operand.DocumentPath) call.arguments().get(0)));
            return existing != null ? existing : value(call.arguments().get(1));
        }
        List<AttributeValue> appended = new ArrayList<>(list(value(call.arguments().get(0))));
        appended.addAll(list(value(call.arguments().get(1))));
        return new AttributeValue.L(appended);
    }

    private static DynamoNumber number(AttributeValue value) {
        if (value instanceof AttributeValue.N n) {
            return n.value();
        }
        throw ExpressionErrors.incorrectOperandType();
    }

    private static List<AttributeValue> list(AttributeValue value) {
        if (value instanceof AttributeValue.L l) {
            return l.values();
        }
        throw ExpressionErrors.incorrectOperandType();
    }

    /** The map or list holding the path's last step; it must exist and be of the kind that step needs. */
    @SuppressWarnings("unchecked")
    private static Object parent(Map<String, Object> document, ResolvedPath path) {
        Object current = document;
        List<ResolvedPath.Step> steps = path.steps();
        for (int i = 0; i < steps.size() - 1; i++) {
            current = child(current, steps.get(i));
        }
        ResolvedPath.Step last = steps.get(steps.size() - 1);
        boolean fits = last instanceof ResolvedPath.Key ? current instanceof Map : current instanceof List;
        if (!fits) {
            throw ExpressionErrors.invalidDocumentPathForUpdate();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object container, ResolvedPath.Step step) {
        Object child = null;
        if (step instanceof ResolvedPath.Key key && container instanceof Map) {
            child = ((Map<String, Object>) container).get(key.name());
        } else if (step instanceof ResolvedPath.Index index && container instanceof List) {
            List<Object> list = (List<Object>) container;
            child = index.index() < list.size() ? list.get(index.index()) : null;
        }
        if (child == null) {
            throw ExpressionErrors.invalidDocumentPathForUpdate();
        }
        return child;
    }

    private static ResolvedPath.Step last(ResolvedPath path) {
        return path.steps().get(path.steps().size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Object get(Object parent, ResolvedPath.Step step) {
        if (step instanceof ResolvedPath.Key key) {
            return ((Map<String, Object>) parent).get(key.name());
        }
        List<Object> list = (List<Object>) parent;
        int index = ((ResolvedPath.Index) step).index();
        return index < list.size() ? list.get(index) : null;
    }

    /** Sets a map member, replaces a list element, or appends when the index is past the list's end. */
    @SuppressWarnings("unchecked")
    private static void set(Object parent, ResolvedPath.Step step, AttributeValue value) {
        Object editable = editable(value);
        if (step instanceof ResolvedPath.Key key) {
            ((Map<String, Object>) parent).put(key.name(), editable);
            return;
        }
        List<Object> list = (List<Object>) parent;
        int index = ((ResolvedPath.Index) step).index();
        if (index < list.size()) {
            list.set(index, editable);
        } else {
            list.add(editable);
        }
    }

    @SuppressWarnings("unchecked")
    private static void remove(Object parent, ResolvedPath.Step step) {
        if (step instanceof ResolvedPath.Key key) {
            ((Map<String, Object>) parent).remove(key.name());
            return;
        }
        List<Object> list = (List<Object>) parent;
        int index = ((ResolvedPath.Index) step).index();
        if (index < list.size()) {
            list.remove(index);
        }
    }

    /** ADD: a number is summed, a set gains the members it lacks, a missing attribute is set. */
    private static void add(Object parent, ResolvedPath.Step step, AttributeValue operand) {
        Object existing = get(parent, step);
        if (existing == null) {
            set(parent, step, operand);
        } else if (existing instanceof AttributeValue.N n && operand instanceof AttributeValue.N m) {
            set(parent, step, new AttributeValue.N(n.value().add(m.value())));
        } else if (existing instanceof AttributeValue value && sameSetType(value, operand)) {
            set(parent, step, SetMembers.union(value, operand));
        } else {
            throw ExpressionErrors.incorrectOperandType();
        }
    }

    /** DELETE: the set loses the given members, and disappears when none are left. */
    private static void delete(Object parent, ResolvedPath.Step step, AttributeValue operand) {
        Object existing = get(parent, step);
        if (existing == null) {
            return;
        }
        if (!(existing instanceof AttributeValue value && sameSetType(value, operand))) {
            throw ExpressionErrors.incorrectOperandType();
        }
        AttributeValue remaining = SetMembers.difference(value, operand);
        if (remaining == null) {
            remove(parent, step);
        } else {
            set(parent, step, remaining);
        }
    }

    private static boolean sameSetType(AttributeValue one, AttributeValue two) {
        return SetMembers.isSet(one) && one.getClass() == two.getClass();
    }

    private static Map<String, Object> editable(Map<String, AttributeValue> item) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (item != null) {
            item.forEach((name, value) -> document.put(name, editable(value)));
        }
        return document;
    }

    private static Object editable(AttributeValue value) {
        if (value instanceof AttributeValue.M map) {
            return editable(map.values());
        }
        if (value instanceof AttributeValue.L list) {
            List<Object> elements = new ArrayList<>(list.values().size());
            list.values().forEach(element -> elements.add(editable(element)));
            return elements;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, AttributeValue> frozen(Map<String, Object> document) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        document.forEach((name, node) -> item.put(name, frozenValue(node)));
        return item;
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue frozenValue(Object node) {
        if (node instanceof Map) {
            return new AttributeValue.M(frozen((Map<String, Object>) node));
        }
        if (node instanceof List) {
            List<AttributeValue> elements = new ArrayList<>();
            ((List<Object>) node).forEach(element -> elements.add(frozenValue(element)));
            return new AttributeValue.L(elements);
        }
        return (AttributeValue) node;
    }
}
