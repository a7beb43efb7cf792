package dev.stratus.dynamodb.expression;

import java.util.List;

/** Checks a parsed ProjectionExpression: no reserved words, defined names, no two paths overlapping. */
final class ProjectionValidator {

    private static final List<Problem> ORDER = List.of(
            Problem.RESERVED_WORD, Problem.UNDEFINED_NAME, Problem.OVERLAPPING_PATHS, Problem.CONFLICTING_PATHS);

    private ProjectionValidator() {
    }

    static void validate(List<Operand.DocumentPath> paths, ExpressionAttributes attributes, PlaceholderUsage usage) {
        Problem.Findings findings = new Problem.Findings(ORDER);
        OperandChecks checks = new OperandChecks(attributes, usage, findings);
        for (Operand.DocumentPath path : paths) {
            checks.path(path);
            checks.distinctPath(path);
        }
        findings.throwFirst();
    }
}
