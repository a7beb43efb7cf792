package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.expression.ConditionNode;
import dev.stratus.dynamodb.expression.ExpressionTrees;
import dev.stratus.dynamodb.expression.Operand;
import dev.stratus.dynamodb.partiql.PartiqlExpression.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns PartiQL expressions into the engine's expression nodes over one expression's generated placeholders
 * ({@code #n0} for every attribute name, {@code :v0} for every value): one writer per expression.
 */
final class TreeWriter {

    private static final Map<String, ConditionNode.Comparator> COMPARATORS = Map.of(
            "=", ConditionNode.Comparator.EQ, "<>", ConditionNode.Comparator.NE,
            "<", ConditionNode.Comparator.LT, "<=", ConditionNode.Comparator.LE,
            ">", ConditionNode.Comparator.GT, ">=", ConditionNode.Comparator.GE);

    private final BoundValues values;
    private final ExpressionTrees trees = ExpressionTrees.placeholders();

    TreeWriter(BoundValues values) {
        this.values = values;
    }

    /** The placeholders the nodes written so far use, to build the validated expression from. */
    ExpressionTrees trees() {
        return trees;
    }

    Operand.DocumentPath name(String attribute) {
        return trees.path(attribute);
    }

    Operand.DocumentPath path(Path path) {
        Operand.DocumentPath written = null;
        for (Path.Element element : path.elements()) {
            if (element instanceof Path.Name name) {
                written = written == null ? trees.path(name.name()) : trees.member(written, name.name());
            } else {
                written = ExpressionTrees.element(written, ((Path.Index) element).index());
            }
        }
        return written;
    }

    List<Operand.DocumentPath> paths(List<Path> paths) {
        return paths.stream().map(this::path).toList();
    }

    /** A condition (WHERE clause, or part of one). */
    ConditionNode condition(PartiqlExpression condition) {
        if (condition instanceof PartiqlExpression.And and) {
            return new ConditionNode.And(condition(and.left()), condition(and.right()));
        }
        if (condition instanceof PartiqlExpression.Or or) {
            return new ConditionNode.Or(condition(or.left()), condition(or.right()));
        }
        if (condition instanceof PartiqlExpression.Not not) {
            return new ConditionNode.Not(condition(not.operand()));
        }
        if (condition instanceof PartiqlExpression.Comparison comparison) {
            return new ConditionNode.Comparison(operand(comparison.left()),
                    COMPARATORS.get(comparison.operator()), operand(comparison.right()));
        }
        if (condition instanceof PartiqlExpression.Between between) {
            return new ConditionNode.Between(operand(between.operand()), operand(between.lower()),
                    operand(between.upper()));
        }
        if (condition instanceof PartiqlExpression.In in) {
            return new ConditionNode.In(operand(in.operand()), in.candidates().stream().map(this::operand).toList());
        }
        if (condition instanceof PartiqlExpression.IsMissing missing) {
            return function(missing.negated() ? "attribute_exists" : "attribute_not_exists", path(missing.path()));
        }
        if (condition instanceof PartiqlExpression.Call call && !call.function().equals("size")) {
            return new ConditionNode.FunctionCondition(call(call));
        }
        throw PartiqlErrors.malformed("A condition was expected in the WHERE clause");
    }

    /** A value, path, {@code size(path)}, arithmetic or update function as an operand. */
    Operand operand(PartiqlExpression operand) {
        if (operand instanceof Path path) {
            return path(path);
        }
        if (BoundValues.isValue(operand)) {
            return trees.value(values.valueOf(operand));
        }
        if (operand instanceof PartiqlExpression.Arithmetic arithmetic) {
            return new Operand.Arithmetic(operand(arithmetic.left()), arithmetic.operator().equals("+"),
                    operand(arithmetic.right()));
        }
        if (operand instanceof PartiqlExpression.Call call) {
            return call(call);
        }
        throw PartiqlErrors.malformed("A value or document path was expected");
    }

    /** A value placeholder for {@code value}, which must be a literal, parameter or constructor. */
    Operand.ValueReference value(PartiqlExpression value) {
        if (!BoundValues.isValue(value)) {
            throw PartiqlErrors.malformed("A value or document path was expected");
        }
        return trees.value(values.valueOf(value));
    }

    static ConditionNode function(String name, Operand... arguments) {
        return new ConditionNode.FunctionCondition(new Operand.FunctionCall(name, List.of(arguments)));
    }

    private Operand.FunctionCall call(PartiqlExpression.Call call) {
        return new Operand.FunctionCall(call.function(), call.arguments().stream().map(this::operand).toList());
    }
}
