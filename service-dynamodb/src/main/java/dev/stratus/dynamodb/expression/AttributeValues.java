package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;
import java.util.Map;

/** How expressions read and compare attribute values: S by code point (UTF-8 byte order), N numerically, B unsigned. */
final class AttributeValues {

    private AttributeValues() {
    }

    /** Whether values of this kind have an order (S, N and B). */
    static boolean isOrdered(AttributeValue value) {
        return value instanceof AttributeValue.S || value instanceof AttributeValue.N || value instanceof AttributeValue.B;
    }

    /** Whether two values can be ordered against each other: both S, both N or both B. */
    static boolean comparable(AttributeValue one, AttributeValue two) {
        return one != null && two != null && isOrdered(one) && one.getClass() == two.getClass();
    }

    /** Compares two values of the same ordered kind. */
    static int compare(AttributeValue one, AttributeValue two) {
        if (one instanceof AttributeValue.S s && two instanceof AttributeValue.S t) {
            return compareStrings(s.value(), t.value());
        }
        if (one instanceof AttributeValue.N n && two instanceof AttributeValue.N m) {
            return n.value().compareTo(m.value());
        }
        if (one instanceof AttributeValue.B b && two instanceof AttributeValue.B c) {
            return b.value().compareTo(c.value());
        }
        throw new IllegalArgumentException("Not comparable: " + one.type() + " and " + two.type());
    }

    /** UTF-8 byte order, which is code point order (not Java's UTF-16 order). */
    static int compareStrings(String one, String two) {
        int i = 0;
        int j = 0;
        while (i < one.length() && j < two.length()) {
            int a = one.codePointAt(i);
            int b = two.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(one.length() - i, two.length() - j);
    }

    /** The value at a path in an item, or {@code null} if the path leads nowhere. */
    static AttributeValue at(Map<String, AttributeValue> item, ResolvedPath path) {
        if (item == null) {
            return null;
        }
        AttributeValue current = item.get(path.topLevelName());
        for (ResolvedPath.Step step : path.steps().subList(1, path.steps().size())) {
            current = child(current, step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    static AttributeValue child(AttributeValue container, ResolvedPath.Step step) {
        if (step instanceof ResolvedPath.Key key && container instanceof AttributeValue.M map) {
            return map.values().get(key.name());
        }
        if (step instanceof ResolvedPath.Index index && container instanceof AttributeValue.L list) {
            List<AttributeValue> values = list.values();
            return index.index() < values.size() ? values.get(index.index()) : null;
        }
        return null;
    }

    /** A scalar's value as DynamoDB prints it in messages. */
    static String shown(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return s.value();
        }
        if (value instanceof AttributeValue.N n) {
            return n.value().toString();
        }
        if (value instanceof AttributeValue.B b) {
            return b.value().toBase64();
        }
        return value.toString();
    }
}
