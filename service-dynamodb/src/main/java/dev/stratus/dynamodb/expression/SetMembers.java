package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.Bytes;
import dev.stratus.dynamodb.api.value.DynamoNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Union and difference of DynamoDB sets of the same type, keeping the members' order. */
final class SetMembers {

    private SetMembers() {
    }

    static boolean isSet(AttributeValue value) {
        return value instanceof AttributeValue.SS || value instanceof AttributeValue.NS || value instanceof AttributeValue.BS;
    }

    static AttributeValue union(AttributeValue one, AttributeValue two) {
        LinkedHashSet<Object> members = new LinkedHashSet<>(members(one));
        members.addAll(members(two));
        return of(one, new ArrayList<>(members));
    }

    /** The members of {@code one} not in {@code two}, or {@code null} when none are left. */
    static AttributeValue difference(AttributeValue one, AttributeValue two) {
        LinkedHashSet<Object> members = new LinkedHashSet<>(members(one));
        members.removeAll(members(two));
        return members.isEmpty() ? null : of(one, new ArrayList<>(members));
    }

    private static List<?> members(AttributeValue set) {
        if (set instanceof AttributeValue.SS ss) {
            return ss.values();
        }
        if (set instanceof AttributeValue.NS ns) {
            return ns.values();
        }
        return ((AttributeValue.BS) set).values();
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue of(AttributeValue kind, List<Object> members) {
        if (kind instanceof AttributeValue.SS) {
            return new AttributeValue.SS((List<String>) (List<?>) members);
        }
        if (kind instanceof AttributeValue.NS) {
            return new AttributeValue.NS((List<DynamoNumber>) (List<?>) members);
        }
        return new AttributeValue.BS((List<Bytes>) (List<?>) members);
    }
}
