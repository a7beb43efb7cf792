package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a KeyConditionExpression may say: conditions joined by AND, each comparing a top-level key attribute
 * with values by {@code = < <= > >=}, BETWEEN or begins_with; the partition key attributes only by {@code =}, and
 * the sort key attributes of a multi-attribute key by {@code =} but for the last one conditioned.
 */
final class KeyConditions {

    /** One key attribute's condition, with the attribute on the left. */
    private record KeyTerm(String attribute, RangeCondition.Operator operator, AttributeValue value, AttributeValue upper) {
    }

    private KeyConditions() {
    }

    /** The checks that need no key schema; throws the detail of the first operator DynamoDB refuses here. */
    static void checkOperators(ConditionNode node) {
        if (node instanceof ConditionNode.And and) {
            checkOperators(and.left());
            checkOperators(and.right());
        } else if (node instanceof ConditionNode.Or) {
            throw new InvalidExpressionException(ExpressionErrors.keyConditionOperator("OR"));
        } else if (node instanceof ConditionNode.Not) {
            throw new InvalidExpressionException(ExpressionErrors.keyConditionOperator("NOT"));
        } else if (node instanceof ConditionNode.In) {
            throw new InvalidExpressionException(ExpressionErrors.keyConditionOperator("IN"));
        } else if (node instanceof ConditionNode.Comparison comparison
                && comparison.comparator() == ConditionNode.Comparator.NE) {
            throw new InvalidExpressionException(ExpressionErrors.keyConditionOperator("<>"));
        } else if (node instanceof ConditionNode.FunctionCondition function
                && !function.function().name().equals("begins_with")) {
            throw new InvalidExpressionException(ExpressionErrors.keyConditionOperator(function.function().name()));
        }
    }

    /**
     * The key condition against a key schema: equality on every partition key attribute, then conditions on the
     * sort key attributes left to right, equality on each but the last one given, which may also be a range.
     *
     * @param partitionKeys the partition key attributes, in the key schema's order
     * @param sortKeys      the sort key attributes, in the key schema's order; empty for a partition-key-only schema
     */
    static KeyCondition analyze(ConditionNode root, ExpressionAttributes attributes, List<String> partitionKeys,
                                List<String> sortKeys) {
        Map<String, KeyTerm> terms = new LinkedHashMap<>();
        for (ConditionNode conjunct : conjuncts(root)) {
            KeyTerm term = term(conjunct, attributes);
            if (terms.put(term.attribute(), term) != null) {
                throw ExpressionErrors.oneConditionPerKey();
            }
        }
        boolean multiAttribute = partitionKeys.size() > 1 || sortKeys.size() > 1;
        if (!multiAttribute && terms.size() > 2) {
            throw ExpressionErrors.tooManyKeyConditions();
        }
        Map<String, AttributeValue> partition = new LinkedHashMap<>();
        for (String partitionKey : partitionKeys) {
            KeyTerm term = terms.remove(partitionKey);
            if (term == null) {
                throw ExpressionErrors.missedKeyElement(partitionKey);
            }
            if (term.operator() != RangeCondition.Operator.EQ) {
                throw ExpressionErrors.keyConditionNotSupported();
            }
            partition.put(partitionKey, term.value());
        }
        if (terms.isEmpty()) {
            return new KeyCondition(partition, Map.of(), null);
        }
        if (sortKeys.isEmpty()) {
            throw ExpressionErrors.keyConditionNotSupported();
        }
        List<KeyTerm> sortTerms = sortTermsLeftToRight(terms, sortKeys);
        Map<String, AttributeValue> sortPrefix = new LinkedHashMap<>();
        for (KeyTerm term : sortTerms.subList(0, sortTerms.size() - 1)) {
            if (term.operator() != RangeCondition.Operator.EQ) {
                throw ExpressionErrors.keyConditionNotSupported();
            }
            sortPrefix.put(term.attribute(), term.value());
        }
        KeyTerm last = sortTerms.get(sortTerms.size() - 1);
        return new KeyCondition(partition, sortPrefix,
                new RangeCondition(last.attribute(), last.operator(), last.value(), last.upper()));
    }

    /**
     * The conditions on the sort key attributes, taken from {@code terms} in the key schema's order up to the
     * first attribute without one; refused when a condition is left over: on a sort key attribute after a gap,
     * or on an attribute that is not part of the key.
     */
    private static List<KeyTerm> sortTermsLeftToRight(Map<String, KeyTerm> terms, List<String> sortKeys) {
        List<KeyTerm> sortTerms = new ArrayList<>();
        for (String sortKey : sortKeys) {
            KeyTerm term = terms.remove(sortKey);
            if (term == null) {
                break;
            }
            sortTerms.add(term);
        }
        if (!terms.isEmpty()) {
            if (sortTerms.size() == sortKeys.size()) {
                throw ExpressionErrors.keyConditionNotSupported();
            }
            throw ExpressionErrors.missedKeyElement(sortKeys.get(sortTerms.size()));
        }
        return sortTerms;
    }

    private static List<ConditionNode> conjuncts(ConditionNode root) {
        List<ConditionNode> conjuncts = new ArrayList<>();
        if (root instanceof ConditionNode.And and) {
            conjuncts.addAll(conjuncts(and.left()));
            conjuncts.addAll(conjuncts(and.right()));
        } else {
            conjuncts.add(root);
        }
        return conjuncts;
    }

    private static KeyTerm term(ConditionNode node, ExpressionAttributes attributes) {
        if (node instanceof ConditionNode.Comparison comparison) {
            if (comparison.right() instanceof Operand.DocumentPath && !(comparison.left() instanceof Operand.DocumentPath)) {
                return term(comparison.right(), operator(comparison.comparator().mirrored()), comparison.left(), null,
                        attributes);
            }
            return term(comparison.left(), operator(comparison.comparator()), comparison.right(), null, attributes);
        }
        if (node instanceof ConditionNode.Between between) {
            return term(between.operand(), RangeCondition.Operator.BETWEEN, between.lower(), between.upper(), attributes);
        }
        Operand.FunctionCall beginsWith = ((ConditionNode.FunctionCondition) node).function();
        return term(beginsWith.arguments().get(0), RangeCondition.Operator.BEGINS_WITH, beginsWith.arguments().get(1),
                null, attributes);
    }

    private static KeyTerm term(Operand key, RangeCondition.Operator operator, Operand value, Operand upper,
                                ExpressionAttributes attributes) {
        if (key instanceof Operand.FunctionCall || value instanceof Operand.FunctionCall
                || upper instanceof Operand.FunctionCall) {
            throw ExpressionErrors.invalid(ExpressionKind.KEY_CONDITION, ExpressionErrors.keyConditionNestedOperation());
        }
        if (!(key instanceof Operand.DocumentPath path) || !(value instanceof Operand.ValueReference lower)
                || (upper != null && !(upper instanceof Operand.ValueReference))) {
            throw ExpressionErrors.invalid(ExpressionKind.KEY_CONDITION, ExpressionErrors.keyConditionInvalidCondition());
        }
        ResolvedPath resolved = attributes.resolve(path);
        if (resolved.isNested()) {
            throw ExpressionErrors.invalid(ExpressionKind.KEY_CONDITION, ExpressionErrors.keyConditionNestedPath());
        }
        AttributeValue upperValue = upper == null ? null : attributes.value((Operand.ValueReference) upper);
        return new KeyTerm(resolved.topLevelName(), operator, attributes.value(lower), upperValue);
    }

    private static RangeCondition.Operator operator(ConditionNode.Comparator comparator) {
        return switch (comparator) {
            case EQ -> RangeCondition.Operator.EQ;
            case LT -> RangeCondition.Operator.LT;
            case LE -> RangeCondition.Operator.LE;
            case GT -> RangeCondition.Operator.GT;
            case GE -> RangeCondition.Operator.GE;
            case NE -> throw new IllegalStateException("<> is refused before a key condition is analysed");
        };
    }
}
