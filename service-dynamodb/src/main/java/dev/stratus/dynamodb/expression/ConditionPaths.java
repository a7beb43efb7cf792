package dev.stratus.dynamodb.expression;

import java.util.LinkedHashSet;
import java.util.Set;

/** The document paths a condition reads. */
final class ConditionPaths {

    private ConditionPaths() {
    }

    static Set<String> topLevelNames(ConditionNode root, ExpressionAttributes attributes) {
        Set<String> names = new LinkedHashSet<>();
        collect(root, attributes, names);
        return names;
    }

    private static void collect(ConditionNode node, ExpressionAttributes attributes, Set<String> names) {
        if (node instanceof ConditionNode.Comparison comparison) {
            collect(comparison.left(), attributes, names);
            collect(comparison.right(), attributes, names);
        } else if (node instanceof ConditionNode.Between between) {
            collect(between.operand(), attributes, names);
            collect(between.lower(), attributes, names);
            collect(between.upper(), attributes, names);
        } else if (node instanceof ConditionNode.In in) {
            collect(in.operand(), attributes, names);
            in.candidates().forEach(candidate -> collect(candidate, attributes, names));
        } else if (node instanceof ConditionNode.And and) {
            collect(and.left(), attributes, names);
            collect(and.right(), attributes, names);
        } else if (node instanceof ConditionNode.Or or) {
            collect(or.left(), attributes, names);
            collect(or.right(), attributes, names);
        } else if (node instanceof ConditionNode.Not not) {
            collect(not.operand(), attributes, names);
        } else if (node instanceof ConditionNode.FunctionCondition function) {
            collect(function.function(), attributes, names);
        }
    }

    private static void collect(Operand operand, ExpressionAttributes attributes, Set<String> names) {
        if (operand instanceof Operand.DocumentPath path) {
            names.add(attributes.resolve(path).topLevelName());
        } else if (operand instanceof Operand.FunctionCall call) {
            call.arguments().forEach(argument -> collect(argument, attributes, names));
        }
    }
}
