package dev.stratus.dynamodb.expression;

import java.util.List;

/** Something an expression computes a value from. */
public sealed interface Operand {

    /** A document path such as {@code a.b[2].#c}. */
    record DocumentPath(List<PathElement> elements) implements Operand {
        public DocumentPath {
            elements = List.copyOf(elements);
        }
    }

    /** A {@code :value} placeholder. */
    record ValueReference(String placeholder) implements Operand {
    }

    /** A function applied to operands: {@code size(a)}, {@code if_not_exists(a, :v)}, ... */
    record FunctionCall(String name, List<Operand> arguments) implements Operand {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code left + right} or {@code left - right}, only in an update's SET. */
    record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {
        String operator() {
            return plus ? "+" : "-";
        }
    }
}
