package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import dev.stratus.dynamodb.api.value.ItemSize;
import java.util.Map;

/**
 * Evaluates a validated condition against an item. A comparison involving a missing attribute or values of
 * different types is false ({@code <>} is then true); functions applied to the wrong types are false.
 */
final class ConditionEvaluator {

    private final ExpressionAttributes attributes;
    private final Map<String, AttributeValue> item;

    private ConditionEvaluator(ExpressionAttributes attributes, Map<String, AttributeValue> item) {
        this.attributes = attributes;
        this.item = item;
    }

    static boolean test(ConditionNode condition, ExpressionAttributes attributes, Map<String, AttributeValue> item) {
        return new ConditionEvaluator(attributes, item).test(condition);
    }

    private boolean test(ConditionNode node) {
        if (node instanceof ConditionNode.Comparison comparison) {
            return compare(operand(comparison.left()), comparison.comparator(), operand(comparison.right()));
        }
        if (node instanceof ConditionNode.Between between) {
            AttributeValue value = operand(between.operand());
            AttributeValue lower = operand(between.lower());
            AttributeValue upper = operand(between.upper());
            return AttributeValues.comparable(value, lower) && AttributeValues.comparable(value, upper)
                    && AttributeValues.compare(lower, value) <= 0 && AttributeValues.compare(value, upper) <= 0;
        }
        if (node instanceof ConditionNode.In in) {
            AttributeValue value = operand(in.operand());
            return value != null && in.candidates().stream().anyMatch(candidate -> value.equals(operand(candidate)));
        }
        if (node instanceof ConditionNode.And and) {
            return test(and.left()) && test(and.right());
        }
        if (node instanceof ConditionNode.Or or) {
            return test(or.left()) || test(or.right());
        }
        if (node instanceof ConditionNode.Not not) {
            return !test(not.operand());
        }
        return function(((ConditionNode.FunctionCondition) node).function());
    }

    static boolean compare(AttributeValue left, ConditionNode.Comparator comparator, AttributeValue right) {
        return switch (comparator) {
            case EQ -> left != null && left.equals(right);
            case NE -> left == null || !left.equals(right);
            default -> AttributeValues.comparable(left, right)
                    && holds(comparator, AttributeValues.compare(left, right));
        };
    }

    private static boolean holds(ConditionNode.Comparator comparator, int order) {
        return switch (comparator) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case EQ -> order == 0;
            case NE -> order != 0;
        };
    }

    private boolean function(Operand.FunctionCall call) {
        AttributeValue first = operand(call.arguments().get(0));
        return switch (call.name()) {
            case "attribute_exists" -> first != null;
            case "attribute_not_exists" -> first == null;
            case "attribute_type" -> first != null
                    && operand(call.arguments().get(1)) instanceof AttributeValue.S type
                    && type.value().equals(first.type());
            case "begins_with" -> beginsWith(first, operand(call.arguments().get(1)));
            case "contains" -> contains(first, operand(call.arguments().get(1)));
            default -> throw new IllegalStateException("Not a condition function: " + call.name());
        };
    }

    static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
            return s.value().startsWith(p.value());
        }
        return value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p
                && b.value().startsWith(p.value());
    }

    /** A substring of a string or binary, a member of a set, an element of a list. */
    private static boolean contains(AttributeValue container, AttributeValue member) {
        if (container == null || member == null) {
            return false;
        }
        if (container instanceof AttributeValue.S s) {
            return member instanceof AttributeValue.S part && s.value().contains(part.value());
        }
        if (container instanceof AttributeValue.B b) {
            return member instanceof AttributeValue.B part && b.value().contains(part.value());
        }
        if (container instanceof AttributeValue.SS ss) {
            return member instanceof AttributeValue.S s && ss.values().contains(s.value());
        }
        if (container instanceof AttributeValue.NS ns) {
            return member instanceof AttributeValue.N n && ns.values().contains(n.value());
        }
        if (container instanceof AttributeValue.BS bs) {
            return member instanceof AttributeValue.B b && bs.values().contains(b.value());
        }
        if (container instanceof AttributeValue.L list) {
            return list.values().contains(member);
        }
        return false;
    }

    private AttributeValue operand(Operand operand) {
        if (operand instanceof Operand.DocumentPath path) {
            return AttributeValues.at(item, attributes.resolve(path));
        }
        if (operand instanceof Operand.ValueReference reference) {
            return attributes.value(reference);
        }
        Operand.FunctionCall size = (Operand.FunctionCall) operand;
        return size(operand(size.arguments().get(0)));
    }

    /** {@code size()}: UTF-8 bytes of a string, bytes of a binary, members of a set, list or map. */
    private static AttributeValue size(AttributeValue value) {
        long size;
        if (value instanceof AttributeValue.S s) {
            size = ItemSize.utf8Length(s.value());
        } else if (value instanceof AttributeValue.B b) {
            size = b.value().length();
        } else if (value instanceof AttributeValue.SS ss) {
            size = ss.values().size();
        } else if (value instanceof AttributeValue.NS ns) {
            size = ns.values().size();
        } else if (value instanceof AttributeValue.BS bs) {
            size = bs.values().size();
        } else if (value instanceof AttributeValue.L list) {
            size = list.values().size();
        } else if (value instanceof AttributeValue.M map) {
            size = map.values().size();
        } else {
            return null;
        }
        return new AttributeValue.N(DynamoNumber.of(size));
    }
}
