package dev.stratus.dynamodb.expression;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The kinds of mistake validation finds; DynamoDB reports the first of the most important kind. */
enum Problem {
    REDUNDANT_PARENTHESES,
    RESERVED_WORD,
    UNKNOWN_FUNCTION,
    MISUSED_FUNCTION,
    REPEATED_CLAUSE,
    UNDEFINED_NAME,
    UNDEFINED_VALUE,
    OVERLAPPING_PATHS,
    CONFLICTING_PATHS,
    OPERAND_COUNT,
    DISTINCT_OPERANDS,
    ACTION_OPERAND_TYPE,
    OPERAND_TYPE;

    /** The first mistake found of each kind, reported in a given order of importance. */
    static final class Findings {

        private final List<Problem> order;
        private final Map<Problem, String> first = new EnumMap<>(Problem.class);

        Findings(List<Problem> order) {
            this.order = order;
        }

        void report(Problem problem, String message) {
            first.putIfAbsent(problem, message);
        }

        void throwFirst() {
            for (Problem problem : order) {
                String message = first.get(problem);
                if (message != null) {
                    throw new InvalidExpressionException(message);
                }
            }
        }
    }
}
