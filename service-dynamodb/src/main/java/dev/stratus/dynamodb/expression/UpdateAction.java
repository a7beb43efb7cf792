package dev.stratus.dynamodb.expression;

/** One action of an UpdateExpression. */
public sealed interface UpdateAction {

    Operand.DocumentPath path();

    /** {@code SET path = value}; the value may be a path, a placeholder, a function or {@code a + b}. */
    record Set(Operand.DocumentPath path, Operand value) implements UpdateAction {
    }

    /** {@code REMOVE path}. */
    record Remove(Operand.DocumentPath path) implements UpdateAction {
    }

    /** {@code ADD path :value}: adds to a number or a set. */
    record Add(Operand.DocumentPath path, Operand.ValueReference value) implements UpdateAction {
    }

    /** {@code DELETE path :subset}: removes members from a set. */
    record Delete(Operand.DocumentPath path, Operand.ValueReference value) implements UpdateAction {
    }
}
