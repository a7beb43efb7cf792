package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;
import java.util.Set;

/** Checks a parsed condition against the request's placeholders, reporting what DynamoDB reports first. */
final class ConditionValidator {

    private static final List<Problem> ORDER = List.of(
            Problem.REDUNDANT_PARENTHESES, Problem.UNKNOWN_FUNCTION, Problem.MISUSED_FUNCTION, Problem.RESERVED_WORD,
            Problem.UNDEFINED_NAME, Problem.UNDEFINED_VALUE, Problem.OPERAND_COUNT, Problem.DISTINCT_OPERANDS,
            Problem.OPERAND_TYPE);
    private static final Set<String> TYPE_NAMES = Set.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M");

    private final OperandChecks checks;

    private ConditionValidator(OperandChecks checks) {
        this.checks = checks;
    }

    static void validate(ParsedCondition parsed, ExpressionAttributes attributes, PlaceholderUsage usage) {
        Problem.Findings findings = new Problem.Findings(ORDER);
        if (parsed.redundantParentheses()) {
            findings.report(Problem.REDUNDANT_PARENTHESES, ExpressionErrors.redundantParentheses());
        }
        new ConditionValidator(new OperandChecks(attributes, usage, findings)).condition(parsed.root());
        findings.throwFirst();
    }

    private void condition(ConditionNode node) {
        if (node instanceof ConditionNode.Comparison comparison) {
            operand(comparison.left());
            operand(comparison.right());
            distinct(comparison.comparator().symbol(), comparison.left(), comparison.right());
            if (comparison.comparator() != ConditionNode.Comparator.EQ
                    && comparison.comparator() != ConditionNode.Comparator.NE) {
                orderable(comparison.comparator().symbol(), comparison.left());
                orderable(comparison.comparator().symbol(), comparison.right());
            }
        } else if (node instanceof ConditionNode.Between between) {
            operand(between.operand());
            operand(between.lower());
            operand(between.upper());
            orderable("BETWEEN", between.operand());
            orderable("BETWEEN", between.lower());
            orderable("BETWEEN", between.upper());
            bounds(checks.literal(between.lower()), checks.literal(between.upper()));
        } else if (node instanceof ConditionNode.In in) {
            operand(in.operand());
            in.candidates().forEach(this::operand);
        } else if (node instanceof ConditionNode.And and) {
            condition(and.left());
            condition(and.right());
        } else if (node instanceof ConditionNode.Or or) {
            condition(or.left());
            condition(or.right());
        } else if (node instanceof ConditionNode.Not not) {
            condition(not.operand());
        } else if (node instanceof ConditionNode.FunctionCondition function) {
            if (function.function().name().equals("size")) {
                report(Problem.MISUSED_FUNCTION, ExpressionErrors.misusedFunction("size"));
            }
            function(function.function());
        }
    }

    /** An operand of a comparison or a function: of the functions only size gives a value to compare. */
    private void operand(Operand operand) {
        if (operand instanceof Operand.DocumentPath path) {
            checks.path(path);
        } else if (operand instanceof Operand.ValueReference reference) {
            checks.value(reference);
        } else if (operand instanceof Operand.FunctionCall call) {
            if (!call.name().equals("size")) {
                report(Problem.MISUSED_FUNCTION, ExpressionErrors.misusedFunction(call.name()));
            }
            function(call);
        }
    }

    private void function(Operand.FunctionCall call) {
        call.arguments().forEach(this::operand);
        Integer arity = Functions.CONDITION.get(call.name());
        if (arity == null) {
            if (Functions.UPDATE.containsKey(call.name())) {
                report(Problem.MISUSED_FUNCTION, ExpressionErrors.misusedFunction(call.name()));
            } else {
                report(Problem.UNKNOWN_FUNCTION, ExpressionErrors.unknownFunction(call.name()));
            }
            return;
        }
        if (arity != call.arguments().size()) {
            report(Problem.OPERAND_COUNT, ExpressionErrors.operandCount(call.name(), call.arguments().size()));
            return;
        }
        if (arity == 2) {
            distinct(call.name(), call.arguments().get(0), call.arguments().get(1));
        }
        switch (call.name()) {
            case "attribute_exists", "attribute_not_exists" -> {
                if (!(call.arguments().get(0) instanceof Operand.DocumentPath)) {
                    report(Problem.OPERAND_TYPE, ExpressionErrors.requiresPath(call.name()));
                }
            }
            case "attribute_type" -> typeName(call.arguments().get(1));
            case "begins_with" -> call.arguments().forEach(argument -> {
                String type = staticType(argument);
                if (type != null && !type.equals("S") && !type.equals("B")) {
                    report(Problem.OPERAND_TYPE, ExpressionErrors.operandType(call.name(), type));
                }
            });
            case "size" -> {
                String type = staticType(call.arguments().get(0));
                if ("N".equals(type) || "BOOL".equals(type) || "NULL".equals(type)) {
                    report(Problem.OPERAND_TYPE, ExpressionErrors.operandType(call.name(), type));
                }
            }
            default -> {
            }
        }
    }

    /** Only strings, numbers and binaries have an order; a placeholder of another type is refused. */
    private void orderable(String operator, Operand operand) {
        AttributeValue literal = checks.literal(operand);
        if (literal != null && !AttributeValues.isOrdered(literal)) {
            report(Problem.OPERAND_TYPE, ExpressionErrors.operandType(operator, literal.type()));
        }
    }

    private void typeName(Operand operand) {
        AttributeValue literal = checks.literal(operand);
        if (!(literal instanceof AttributeValue.S name)) {
            String type = literal == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : literal.type();
            report(Problem.OPERAND_TYPE, ExpressionErrors.operandType("attribute_type", type));
        } else if (!TYPE_NAMES.contains(name.value())) {
            report(Problem.OPERAND_TYPE, ExpressionErrors.invalidTypeName(name.value()));
        }
    }

    private void distinct(String operator, Operand first, Operand second) {
        ResolvedPath one = checks.resolved(first);
        if (one != null && one.equals(checks.resolved(second))) {
            report(Problem.DISTINCT_OPERANDS, ExpressionErrors.notDistinct(operator, one));
        }
    }

    private void bounds(AttributeValue lower, AttributeValue upper) {
        if (lower == null || upper == null) {
            return;
        }
        if (!lower.type().equals(upper.type())) {
            report(Problem.OPERAND_TYPE, ExpressionErrors.betweenTypes(shown(lower), shown(upper)));
        } else if (AttributeValues.isOrdered(lower) && AttributeValues.compare(lower, upper) > 0) {
            report(Problem.OPERAND_TYPE, ExpressionErrors.betweenOrder(shown(lower), shown(upper)));
        }
    }

    /** The type an operand is known to have before any item is seen, or {@code null}. */
    private String staticType(Operand operand) {
        if (operand instanceof Operand.FunctionCall call && call.name().equals("size")) {
            return "N";
        }
        AttributeValue literal = checks.literal(operand);
        return literal == null ? null : literal.type();
    }

    private static String shown(AttributeValue value) {
        return "{" + value.type() + ":" + AttributeValues.shown(value) + "}";
    }

    private void report(Problem problem, String message) {
        checks.findings().report(problem, message);
    }
}
