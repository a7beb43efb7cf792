package dev.stratus.dynamodb.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive descent over the condition grammar, with DynamoDB's precedence (low to high): {@code OR}, {@code AND},
 * {@code NOT}, then comparisons, {@code BETWEEN}, {@code IN} and functions; parentheses group.
 *
 * <p>Inside parentheses an operand and a condition look alike until what follows is seen, so the productions
 * return either a {@link ConditionNode} or a bare {@link Operand}, and each caller insists on what it needs.
 */
final class ConditionParser extends TokenStream {

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final int MAX_OPERATORS = 300;

    private final Set<Object> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean redundantParentheses;
    private int operators;

    private ConditionParser(String source) {
        super(source);
    }

    static ParsedCondition parse(String source) {
        ConditionParser parser = new ConditionParser(source);
        ConditionNode root = parser.condition(parser.or());
        parser.expectEnd();
        return new ParsedCondition(root, parser.redundantParentheses);
    }

    @Override
    boolean isKeyword(Token token) {
        return token.is(Token.Kind.IDENTIFIER) && KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT));
    }

    private Object or() {
        Object left = and();
        while (peek().isKeyword("OR")) {
            ConditionNode leftCondition = condition(left);
            next();
            Object right = and();
            left = new ConditionNode.Or(leftCondition, condition(right));
            countOperator();
        }
        return left;
    }

    private Object and() {
        Object left = not();
        while (peek().isKeyword("AND")) {
            ConditionNode leftCondition = condition(left);
            next();
            Object right = not();
            left = new ConditionNode.And(leftCondition, condition(right));
            countOperator();
        }
        return left;
    }

    private Object not() {
        if (peek().isKeyword("NOT")) {
            next();
            countOperator();
            return new ConditionNode.Not(condition(not()));
        }
        return comparison();
    }

    private Object comparison() {
        Object left = primary();
        Token token = peek();
        if (token.isComparator() || token.isKeyword("BETWEEN") || token.isKeyword("IN")) {
            countOperator();
        }
        if (token.isComparator()) {
            Operand leftOperand = operand(left);
            next();
            return new ConditionNode.Comparison(leftOperand, comparator(token), operand(primary()));
        }
        if (token.isKeyword("BETWEEN")) {
            Operand leftOperand = operand(left);
            next();
            Operand lower = operand(primary());
            if (!peek().isKeyword("AND")) {
                throw syntaxError();
            }
            next();
            return new ConditionNode.Between(leftOperand, lower, operand(primary()));
        }
        if (token.isKeyword("IN")) {
            Operand leftOperand = operand(left);
            next();
            return new ConditionNode.In(leftOperand, operandList());
        }
        return left;
    }

    private Object primary() {
        Token token = peek();
        if (token.is(Token.Kind.LEFT_PAREN)) {
            enterNesting(token);
            next();
            Object inner = or();
            expect(Token.Kind.RIGHT_PAREN);
            leaveNesting();
            if (parenthesized.contains(inner)) {
                redundantParentheses = true;
            }
            parenthesized.add(inner);
            return inner;
        }
        if (token.is(Token.Kind.IDENTIFIER) && !isKeyword(token) && peekAhead(1).is(Token.Kind.LEFT_PAREN)) {
            enterNesting(token);
            next();
            Operand.FunctionCall call = new Operand.FunctionCall(token.text(), operandList());
            leaveNesting();
            return call;
        }
        if (token.is(Token.Kind.VALUE_PLACEHOLDER)) {
            next();
            return new Operand.ValueReference(token.text());
        }
        return parsePath();
    }

    private List<Operand> operandList() {
        expect(Token.Kind.LEFT_PAREN);
        List<Operand> operands = new ArrayList<>();
        operands.add(operand(primary()));
        while (peek().is(Token.Kind.COMMA)) {
            next();
            operands.add(operand(primary()));
        }
        expect(Token.Kind.RIGHT_PAREN);
        return operands;
    }

    /** DynamoDB counts comparisons, BETWEEN, IN, AND, OR and NOT, and allows 300 of them. */
    private void countOperator() {
        if (++operators > MAX_OPERATORS) {
            throw new InvalidExpressionException(ExpressionErrors.tooManyOperators(operators));
        }
    }

    /** What must be a condition: a function stands as one; anything else is a syntax error here. */
    private ConditionNode condition(Object parsed) {
        if (parsed instanceof ConditionNode condition) {
            return condition;
        }
        if (parsed instanceof Operand.FunctionCall function) {
            return new ConditionNode.FunctionCondition(function);
        }
        throw syntaxError();
    }

    private Operand operand(Object parsed) {
        if (parsed instanceof Operand operand) {
            return operand;
        }
        throw syntaxError();
    }

    private static ConditionNode.Comparator comparator(Token token) {
        return switch (token.kind()) {
            case EQ -> ConditionNode.Comparator.EQ;
            case NE -> ConditionNode.Comparator.NE;
            case LT -> ConditionNode.Comparator.LT;
            case LE -> ConditionNode.Comparator.LE;
            case GT -> ConditionNode.Comparator.GT;
            case GE -> ConditionNode.Comparator.GE;
            default -> throw new IllegalArgumentException("Not a comparator: " + token);
        };
    }
}
