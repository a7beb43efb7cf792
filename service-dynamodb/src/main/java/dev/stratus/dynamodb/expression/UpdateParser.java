package dev.stratus.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive descent over the UpdateExpression grammar: clauses {@code SET}, {@code REMOVE}, {@code ADD} and
 * {@code DELETE}, each a comma-separated list of actions.
 */
final class UpdateParser extends TokenStream {

    private static final Set<String> CLAUSES = Set.of("SET", "REMOVE", "ADD", "DELETE");

    private final List<UpdateAction> actions = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();

    private UpdateParser(String source) {
        super(source);
    }

    static ParsedUpdate parse(String source) {
        UpdateParser parser = new UpdateParser(source);
        parser.clauses();
        return new ParsedUpdate(parser.actions, parser.clauses);
    }

    @Override
    boolean isKeyword(Token token) {
        return token.is(Token.Kind.IDENTIFIER) && CLAUSES.contains(token.text().toUpperCase(Locale.ROOT));
    }

    private void clauses() {
        do {
            Token keyword = peek();
            if (!isKeyword(keyword)) {
                throw syntaxError();
            }
            next();
            String clause = keyword.text().toUpperCase(Locale.ROOT);
            clauses.add(clause);
            do {
                actions.add(action(clause));
            } while (commaThenMore());
        } while (!peek().is(Token.Kind.EOF));
    }

    private boolean commaThenMore() {
        if (peek().is(Token.Kind.COMMA)) {
            next();
            return true;
        }
        return false;
    }

    private UpdateAction action(String clause) {
        Operand.DocumentPath path = parsePath();
        return switch (clause) {
            case "SET" -> {
                expect(Token.Kind.EQ);
                yield new UpdateAction.Set(path, setValue());
            }
            case "REMOVE" -> new UpdateAction.Remove(path);
            case "ADD" -> new UpdateAction.Add(path, valueReference());
            default -> new UpdateAction.Delete(path, valueReference());
        };
    }

    /** An operand, or two joined by {@code +} or {@code -}. */
    private Operand setValue() {
        Operand left = operand();
        Token operator = peek();
        if (operator.is(Token.Kind.PLUS) || operator.is(Token.Kind.MINUS)) {
            next();
            return new Operand.Arithmetic(left, operator.is(Token.Kind.PLUS), operand());
        }
        return left;
    }

    private Operand operand() {
        Token token = peek();
        if (token.is(Token.Kind.LEFT_PAREN)) {
            enterNesting(token);
            next();
            Operand inner = setValue();
            expect(Token.Kind.RIGHT_PAREN);
            leaveNesting();
            return inner;
        }
        if (token.is(Token.Kind.VALUE_PLACEHOLDER)) {
            next();
            return new Operand.ValueReference(token.text());
        }
        if (token.is(Token.Kind.IDENTIFIER) && !isKeyword(token) && peekAhead(1).is(Token.Kind.LEFT_PAREN)) {
            enterNesting(token);
            next();
            next();
            List<Operand> arguments = new ArrayList<>();
            do {
                arguments.add(operand());
            } while (commaThenMore());
            expect(Token.Kind.RIGHT_PAREN);
            leaveNesting();
            return new Operand.FunctionCall(token.text(), arguments);
        }
        return parsePath();
    }

    private Operand.ValueReference valueReference() {
        return new Operand.ValueReference(expect(Token.Kind.VALUE_PLACEHOLDER).text());
    }
}
