package dev.stratus.dynamodb.expression;

import java.util.List;

/** A node of a parsed condition (ConditionExpression, FilterExpression or KeyConditionExpression). */
public sealed interface ConditionNode {

    enum Comparator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }

        /** The comparator that holds with the operands swapped ({@code a < b} is {@code b > a}). */
        Comparator mirrored() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }
    }

    record Comparison(Operand left, Comparator comparator, Operand right) implements ConditionNode {
    }

    record Between(Operand operand, Operand lower, Operand upper) implements ConditionNode {
    }

    record In(Operand operand, List<Operand> candidates) implements ConditionNode {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    record And(ConditionNode left, ConditionNode right) implements ConditionNode {
    }

    record Or(ConditionNode left, ConditionNode right) implements ConditionNode {
    }

    record Not(ConditionNode operand) implements ConditionNode {
    }

    /** A function used as a condition: {@code attribute_exists(a)}, {@code begins_with(a, :p)}, ... */
    record FunctionCondition(Operand.FunctionCall function) implements ConditionNode {
    }
}
