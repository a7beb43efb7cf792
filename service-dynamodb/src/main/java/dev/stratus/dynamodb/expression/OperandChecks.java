package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/** The checks every expression kind makes of its paths and placeholders. */
final class OperandChecks {

    private final ExpressionAttributes attributes;
    private final PlaceholderUsage usage;
    private final Problem.Findings findings;
    private final List<ResolvedPath> paths = new ArrayList<>();

    OperandChecks(ExpressionAttributes attributes, PlaceholderUsage usage, Problem.Findings findings) {
        this.attributes = attributes;
        this.usage = usage;
        this.findings = findings;
    }

    Problem.Findings findings() {
        return findings;
    }

    /** Refuses reserved words and undefined name placeholders; marks the defined ones used. */
    void path(Operand.DocumentPath path) {
        for (PathElement element : path.elements()) {
            if (element instanceof PathElement.AttributeName name && ReservedWords.isReserved(name.name())) {
                findings.report(Problem.RESERVED_WORD, ExpressionErrors.reservedWord(name.name()));
            } else if (element instanceof PathElement.NamePlaceholder placeholder) {
                if (attributes.names().containsKey(placeholder.placeholder())) {
                    usage.usedName(placeholder.placeholder());
                } else {
                    findings.report(Problem.UNDEFINED_NAME, ExpressionErrors.undefinedName(placeholder.placeholder()));
                }
            }
        }
    }

    /** Refuses an undefined value placeholder; marks a defined one used. */
    void value(Operand.ValueReference reference) {
        if (attributes.values().containsKey(reference.placeholder())) {
            usage.usedValue(reference.placeholder());
        } else {
            findings.report(Problem.UNDEFINED_VALUE, ExpressionErrors.undefinedValue(reference.placeholder()));
        }
    }

    /** Refuses a path that overlaps or conflicts with one checked before it (updates and projections). */
    void distinctPath(Operand.DocumentPath path) {
        if (!attributes.resolvable(path)) {
            return;
        }
        ResolvedPath resolved = attributes.resolve(path);
        for (ResolvedPath earlier : paths) {
            compare(earlier, resolved);
        }
        paths.add(resolved);
    }

    /** The resolved path, or {@code null} while a placeholder in it is undefined. */
    ResolvedPath resolved(Operand operand) {
        return operand instanceof Operand.DocumentPath path && attributes.resolvable(path)
                ? attributes.resolve(path) : null;
    }

    /** The value a placeholder operand stands for, or {@code null} if it is no placeholder or undefined. */
    AttributeValue literal(Operand operand) {
        return operand instanceof Operand.ValueReference reference ? attributes.value(reference) : null;
    }

    private void compare(ResolvedPath one, ResolvedPath two) {
        int shared = Math.min(one.steps().size(), two.steps().size());
        for (int i = 0; i < shared; i++) {
            ResolvedPath.Step a = one.steps().get(i);
            ResolvedPath.Step b = two.steps().get(i);
            if (a.getClass() != b.getClass()) {
                findings.report(Problem.CONFLICTING_PATHS, ExpressionErrors.pathsConflict(one, two));
                return;
            }
            if (!a.equals(b)) {
                return;
            }
        }
        findings.report(Problem.OVERLAPPING_PATHS, ExpressionErrors.pathsOverlap(one, two));
    }
}
