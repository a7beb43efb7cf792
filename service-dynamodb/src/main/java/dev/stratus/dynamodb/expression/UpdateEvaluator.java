package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a validated UpdateExpression to an item. Every SET value is computed from the item as it was before
 * the update. Writes to list elements past a list's end append in index order; removals run last, highest list
 * index first, so indexes always refer to the original lists.
 *
 * <p>The item is edited as a tree of plain maps and lists ({@code M} and {@code L}) holding attribute values,
 * then turned back into immutable values.
 */
final class UpdateEvaluator {

    private final ExpressionAttributes attributes;
    private final Map<String, AttributeValue> before;
    private final boolean itemExists;

    private UpdateEvaluator(ExpressionAttributes attributes, Map<String, AttributeValue> before, boolean itemExists) {
        this.attributes = attributes;
        this.before = before;
        this.itemExists = itemExists;
    }

    /**
     * @param before     the stored item, or the key when there is none
     * @param itemExists whether {@code before} is a stored item: removing from a path that leads nowhere is
     *                   an error on an item, but ignored when the item does not exist yet
     */
    static Map<String, AttributeValue> apply(ParsedUpdate update, ExpressionAttributes attributes,
                                             Map<String, AttributeValue> before, boolean itemExists) {
        return new UpdateEvaluator(attributes, before, itemExists).apply(update.actions());
    }

    private Map<String, AttributeValue> apply(List<UpdateAction> actions) {
        Map<UpdateAction, AttributeValue> setValues = new IdentityHashMap<>();
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set set) {
                setValues.put(action, value(set.value()));
            }
        }
        Map<String, Object> document = editable(before);
        List<UpdateAction> writes = new ArrayList<>();
        List<UpdateAction> removals = new ArrayList<>();
        for (UpdateAction action : actions) {
            (action instanceof UpdateAction.Remove ? removals : writes).add(action);
        }
        writes.sort(Comparator.comparingInt(action -> listIndex(action, Integer.MIN_VALUE)));
        for (UpdateAction action : writes) {
            ResolvedPath path = attributes.resolve(action.path());
            Object parent = parent(document, path);
            if (parent == null) {
                throw ExpressionErrors.invalidDocumentPathForUpdate();
            }
            if (action instanceof UpdateAction.Set) {
                set(parent, last(path), setValues.get(action));
            } else if (action instanceof UpdateAction.Add add) {
                add(parent, last(path), attributes.value(add.value()));
            } else {
                delete(parent, last(path), attributes.value(((UpdateAction.Delete) action).value()));
            }
        }
        removals.sort(Comparator.comparingInt(action -> -listIndex(action, -1)));
        for (UpdateAction removal : removals) {
            ResolvedPath path = attributes.resolve(removal.path());
            Object parent = parent(document, path);
            if (parent != null) {
                remove(parent, last(path));
            } else if (itemExists) {
                throw ExpressionErrors.invalidDocumentPathForUpdate();
            }
        }
        return frozen(document);
    }

    /** The list index an action's path ends with, or {@code otherwise} when it ends with a name. */
    private int listIndex(UpdateAction action, int otherwise) {
        ResolvedPath.Step last = last(attributes.resolve(action.path()));
        return last instanceof ResolvedPath.Index index ? index.index() : otherwise;
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

    /**
     * The map or list holding the path's last step, or {@code null} when the path leads nowhere: every step
     * before the last must exist, and each must be of the kind the step after it needs.
     */
    @SuppressWarnings("unchecked")
    private static Object parent(Map<String, Object> document, ResolvedPath path) {
        Object current = document;
        List<ResolvedPath.Step> steps = path.steps();
        for (int i = 0; i < steps.size() - 1 && current != null; i++) {
            current = child(current, steps.get(i));
        }
        ResolvedPath.Step last = steps.get(steps.size() - 1);
        boolean fits = last instanceof ResolvedPath.Key ? current instanceof Map : current instanceof List;
        return fits ? current : null;
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object container, ResolvedPath.Step step) {
        if (step instanceof ResolvedPath.Key key && container instanceof Map) {
            return ((Map<String, Object>) container).get(key.name());
        }
        if (step instanceof ResolvedPath.Index index && container instanceof List) {
            List<Object> list = (List<Object>) container;
            return index.index() < list.size() ? list.get(index.index()) : null;
        }
        return null;
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
