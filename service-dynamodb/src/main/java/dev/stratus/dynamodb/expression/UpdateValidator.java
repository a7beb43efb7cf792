package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a parsed UpdateExpression against the request's placeholders, reporting what DynamoDB reports first. */
final class UpdateValidator {

    private static final List<Problem> ORDER = List.of(
            Problem.RESERVED_WORD, Problem.UNKNOWN_FUNCTION, Problem.MISUSED_FUNCTION, Problem.REPEATED_CLAUSE, Problem.UNDEFINED_NAME,
            Problem.UNDEFINED_VALUE, Problem.OVERLAPPING_PATHS, Problem.CONFLICTING_PATHS,
            Problem.ACTION_OPERAND_TYPE, Problem.OPERAND_COUNT, Problem.OPERAND_TYPE);
    private static final Map<String, String> TYPE_WORDS = Map.of(
            "S", "STRING", "N", "NUMBER", "B", "BINARY", "NULL", "NULL", "BOOL", "BOOLEAN", "L", "LIST", "M", "MAP");

    private final OperandChecks checks;

    private UpdateValidator(OperandChecks checks) {
        this.checks = checks;
    }

    static void validate(ParsedUpdate parsed, ExpressionAttributes attributes, PlaceholderUsage usage) {
        Problem.Findings findings = new Problem.Findings(ORDER);
        Set<String> seen = new HashSet<>();
        for (String clause : parsed.clauses()) {
            if (!seen.add(clause)) {
                findings.report(Problem.REPEATED_CLAUSE, ExpressionErrors.clauseRepeated(clause));
            }
        }
        UpdateValidator validator = new UpdateValidator(new OperandChecks(attributes, usage, findings));
        parsed.actions().forEach(validator::action);
        findings.throwFirst();
    }

    private void action(UpdateAction action) {
        checks.path(action.path());
        checks.distinctPath(action.path());
        if (action instanceof UpdateAction.Set set) {
            value(set.value());
        } else if (action instanceof UpdateAction.Add add) {
            checks.value(add.value());
            actionOperand("ADD", checks.literal(add.value()), true);
        } else if (action instanceof UpdateAction.Delete delete) {
            checks.value(delete.value());
            actionOperand("DELETE", checks.literal(delete.value()), false);
        }
    }

    /** ADD takes a number or a set, DELETE only a set. */
    private void actionOperand(String action, AttributeValue literal, boolean numbersAllowed) {
        if (literal == null) {
            return;
        }
        String word = TYPE_WORDS.get(literal.type());
        if (word != null && !(numbersAllowed && literal instanceof AttributeValue.N)) {
            checks.findings().report(Problem.ACTION_OPERAND_TYPE, ExpressionErrors.actionOperandType(action, word));
        }
    }

    private void value(Operand operand) {
        if (operand instanceof Operand.DocumentPath path) {
            checks.path(path);
        } else if (operand instanceof Operand.ValueReference reference) {
            checks.value(reference);
        } else if (operand instanceof Operand.Arithmetic arithmetic) {
            value(arithmetic.left());
            value(arithmetic.right());
            literalType(arithmetic.operator(), arithmetic.left(), "N");
            literalType(arithmetic.operator(), arithmetic.right(), "N");
        } else if (operand instanceof Operand.FunctionCall call) {
            function(call);
        }
    }

    private void function(Operand.FunctionCall call) {
        for (Operand argument : call.arguments()) {
            if (argument instanceof Operand.FunctionCall inner && inner.name().equals("list_append")) {
                checks.findings().report(Problem.MISUSED_FUNCTION, ExpressionErrors.misusedFunction(inner.name()));
            }
            value(argument);
        }
        Integer arity = Functions.UPDATE.get(call.name());
        if (arity == null) {
            if (Functions.CONDITION.containsKey(call.name())) {
                checks.findings().report(Problem.MISUSED_FUNCTION, ExpressionErrors.misusedFunction(call.name()));
            } else {
                checks.findings().report(Problem.UNKNOWN_FUNCTION, ExpressionErrors.unknownFunction(call.name()));
            }
            return;
        }
        if (arity != call.arguments().size()) {
            checks.findings().report(Problem.OPERAND_COUNT,
                    ExpressionErrors.operandCount(call.name(), call.arguments().size()));
            return;
        }
        if (call.name().equals("if_not_exists")) {
            if (!(call.arguments().get(0) instanceof Operand.DocumentPath)) {
                checks.findings().report(Problem.OPERAND_TYPE, ExpressionErrors.requiresPath(call.name()));
            }
        } else {
            call.arguments().forEach(argument -> literalType(call.name(), argument, "L"));
        }
    }

    private void literalType(String function, Operand operand, String expected) {
        AttributeValue literal = checks.literal(operand);
        if (literal != null && !literal.type().equals(expected)) {
            checks.findings().report(Problem.OPERAND_TYPE, ExpressionErrors.operandType(function, literal.type()));
        }
    }
}
