package dev.stratus.dynamodb.legacy;

import dev.stratus.dynamodb.expression.AttributeTest;
import java.util.Set;

/**
 * The legacy {@code ComparisonOperator}s, how many arguments each takes, which argument types it accepts, and the
 * expression test it stands for.
 */
enum ComparisonOperator {
    EQ(1, 1, Arguments.ANY), NE(1, 1, Arguments.ANY),
    LE(1, 1, Arguments.SCALAR), LT(1, 1, Arguments.SCALAR), GE(1, 1, Arguments.SCALAR), GT(1, 1, Arguments.SCALAR),
    NOT_NULL(0, 0, Arguments.ANY), NULL(0, 0, Arguments.ANY),
    CONTAINS(1, 1, Arguments.SCALAR), NOT_CONTAINS(1, 1, Arguments.SCALAR),
    BEGINS_WITH(1, 1, Set.of("S", "B")),
    IN(1, Integer.MAX_VALUE, Arguments.SCALAR),
    BETWEEN(2, 2, Arguments.SCALAR);

    /** The operators a KeyConditionExpression can express. */
    static final Set<ComparisonOperator> INDEXABLE = Set.of(EQ, LE, LT, GE, GT, BEGINS_WITH, BETWEEN);

    private final int minArguments;
    private final int maxArguments;
    private final Set<String> argumentTypes;

    ComparisonOperator(int minArguments, int maxArguments, Set<String> argumentTypes) {
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.argumentTypes = argumentTypes;
    }

    static ComparisonOperator named(String name) {
        for (ComparisonOperator operator : values()) {
            if (operator.name().equals(name)) {
                return operator;
            }
        }
        return null;
    }

    boolean takes(int arguments) {
        return arguments >= minArguments && arguments <= maxArguments;
    }

    boolean accepts(String type) {
        return argumentTypes.isEmpty() || argumentTypes.contains(type);
    }

    /** The test of an expression tree this operator stands for. */
    AttributeTest.Kind test() {
        return switch (this) {
            case NOT_NULL -> AttributeTest.Kind.EXISTS;
            case NULL -> AttributeTest.Kind.NOT_EXISTS;
            default -> AttributeTest.Kind.valueOf(name());
        };
    }

    private static final class Arguments {
        /** No restriction: every type is accepted. */
        static final Set<String> ANY = Set.of();
        static final Set<String> SCALAR = Set.of("S", "N", "B");
    }
}
