package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.partiql.PartiqlExpression.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause as its top-level AND-ed conditions, from which key conditions are taken one by one; what is left
 * becomes a filter or condition expression.
 */
final class WhereClause {

    private static final Map<String, String> FLIPPED = Map.of("=", "=", "<", ">", "<=", ">=", ">", "<", ">=", "<=");

    private final List<PartiqlExpression> conjuncts = new ArrayList<>();

    WhereClause(PartiqlExpression where) {
        if (where != null) {
            collect(where);
        }
    }

    /** Removes {@code attribute = value} (either way round) and returns the value, or null when there is none. */
    PartiqlExpression takeEquality(String attribute) {
        Iterator<PartiqlExpression> each = conjuncts.iterator();
        while (each.hasNext()) {
            PartiqlExpression.Comparison comparison = keyComparison(each.next(), attribute);
            if (comparison != null && comparison.operator().equals("=")) {
                each.remove();
                return comparison.right();
            }
        }
        return null;
    }

    /** Whether there is an {@code attribute = value} condition (either way round) for each of {@code attributes}. */
    boolean hasEqualities(List<String> attributes) {
        return attributes.stream().allMatch(attribute -> conjuncts.stream()
                .map(conjunct -> keyComparison(conjunct, attribute))
                .anyMatch(comparison -> comparison != null && comparison.operator().equals("=")));
    }

    /**
     * Removes a condition a KeyConditionExpression can use on the range key {@code attribute}
     * ({@code = < <= > >=} with a value, BETWEEN two values, {@code begins_with}) and returns it with the key on
     * the left, or returns null when there is none.
     */
    PartiqlExpression takeRangeCondition(String attribute) {
        Iterator<PartiqlExpression> each = conjuncts.iterator();
        while (each.hasNext()) {
            PartiqlExpression conjunct = each.next();
            PartiqlExpression condition = rangeCondition(conjunct, attribute);
            if (condition != null) {
                each.remove();
                return condition;
            }
        }
        return null;
    }

    /** The remaining conditions AND-ed together, or null when none remain. */
    PartiqlExpression rest() {
        PartiqlExpression rest = null;
        for (PartiqlExpression conjunct : conjuncts) {
            rest = rest == null ? conjunct : new PartiqlExpression.And(rest, conjunct);
        }
        return rest;
    }

    private void collect(PartiqlExpression condition) {
        if (condition instanceof PartiqlExpression.And and) {
            collect(and.left());
            collect(and.right());
        } else {
            conjuncts.add(condition);
        }
    }

    private static PartiqlExpression rangeCondition(PartiqlExpression conjunct, String attribute) {
        PartiqlExpression.Comparison comparison = keyComparison(conjunct, attribute);
        if (comparison != null) {
            return comparison.operator().equals("<>") ? null : comparison;
        }
        if (conjunct instanceof PartiqlExpression.Between between && isKey(between.operand(), attribute)
                && BoundValues.isValue(between.lower()) && BoundValues.isValue(between.upper())) {
            return between;
        }
        if (conjunct instanceof PartiqlExpression.Call call && call.function().equals("begins_with")
                && isKey(call.arguments().get(0), attribute) && BoundValues.isValue(call.arguments().get(1))) {
            return call;
        }
        return null;
    }

    /** {@code conjunct} as {@code attribute op value}, flipped if written {@code value op attribute}; else null. */
    private static PartiqlExpression.Comparison keyComparison(PartiqlExpression conjunct, String attribute) {
        if (!(conjunct instanceof PartiqlExpression.Comparison comparison)) {
            return null;
        }
        if (isKey(comparison.left(), attribute) && BoundValues.isValue(comparison.right())) {
            return comparison;
        }
        if (isKey(comparison.right(), attribute) && BoundValues.isValue(comparison.left())
                && FLIPPED.containsKey(comparison.operator())) {
            return new PartiqlExpression.Comparison(FLIPPED.get(comparison.operator()), comparison.right(),
                    comparison.left());
        }
        return null;
    }

    private static boolean isKey(PartiqlExpression operand, String attribute) {
        return operand instanceof Path path && attribute.equals(path.topLevelName());
    }
}
