package dev.stratus.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/** The tokens of one expression, read front to back, with the grammar parts every expression kind shares. */
class TokenStream {

    /** How deep parentheses and function calls may nest: deeper input is refused before it exhausts the stack. */
    static final int MAX_NESTING = 400;
    /** The most elements a document path may have, its top-level attribute included. */
    static final int MAX_PATH_DEPTH = 32;

    private final String source;
    private final List<Token> tokens;
    private int position;
    private int nesting;

    TokenStream(String source) {
        this.source = source;
        this.tokens = Lexer.tokenize(source);
    }

    final Token peek() {
        return tokens.get(position);
    }

    final Token peekAhead(int offset) {
        return tokens.get(Math.min(position + offset, tokens.size() - 1));
    }

    final Token next() {
        Token token = tokens.get(position);
        if (!token.is(Token.Kind.EOF)) {
            position++;
        }
        return token;
    }

    final Token expect(Token.Kind kind) {
        if (!peek().is(kind)) {
            throw syntaxError();
        }
        return next();
    }

    final void expectEnd() {
        if (!peek().is(Token.Kind.EOF)) {
            throw syntaxError();
        }
    }

    /**
     * Enters a parenthesis or function call starting at {@code token}. No expression DynamoDB accepts nests
     * this deep (it allows 300 operators), so the refusal names the likely cause.
     */
    final void enterNesting(Token token) {
        if (++nesting > MAX_NESTING) {
            throw new InvalidExpressionException(token.is(Token.Kind.LEFT_PAREN)
                    ? ExpressionErrors.redundantParentheses() : ExpressionErrors.misusedFunction(token.text()));
        }
    }

    final void leaveNesting() {
        nesting--;
    }

    /** A syntax error at the current token: DynamoDB shows it with its neighbours on each side. */
    final InvalidExpressionException syntaxError() {
        Token token = peek();
        int from = position > 0 ? tokens.get(position - 1).start() : token.start();
        int to = position + 1 < tokens.size() ? tokens.get(position + 1).end() : token.end();
        return new InvalidExpressionException(
                "Syntax error; token: \"" + token.describe() + "\", near: \"" + source.substring(from, to) + "\"");
    }

    /** {@code a.b[1].#c}: a name or name placeholder, then any number of {@code .name} and {@code [index]}. */
    final Operand.DocumentPath parsePath() {
        List<PathElement> elements = new ArrayList<>();
        elements.add(parseName());
        while (true) {
            if (peek().is(Token.Kind.DOT)) {
                next();
                elements.add(parseName());
            } else if (peek().is(Token.Kind.LEFT_BRACKET)) {
                next();
                Token index = expect(Token.Kind.NUMBER);
                expect(Token.Kind.RIGHT_BRACKET);
                elements.add(new PathElement.ListIndex(parseIndex(index)));
            } else if (elements.size() > MAX_PATH_DEPTH) {
                throw new InvalidExpressionException(ExpressionErrors.pathTooDeep(elements.size()));
            } else {
                return new Operand.DocumentPath(elements);
            }
        }
    }

    /** Whether the current token may begin a document path. */
    final boolean atPathStart() {
        Token token = peek();
        return (token.is(Token.Kind.IDENTIFIER) && !isKeyword(token)) || token.is(Token.Kind.NAME_PLACEHOLDER);
    }

    /** The words of this grammar that cannot name an attribute. */
    boolean isKeyword(Token token) {
        return false;
    }

    private PathElement parseName() {
        if (!atPathStart()) {
            throw syntaxError();
        }
        Token token = next();
        return token.is(Token.Kind.NAME_PLACEHOLDER)
                ? new PathElement.NamePlaceholder(token.text())
                : new PathElement.AttributeName(token.text());
    }

    private int parseIndex(Token index) {
        try {
            return Integer.parseInt(index.text());
        } catch (NumberFormatException e) {
            throw new InvalidExpressionException(ExpressionErrors.listIndexOutOfRange(index.text()));
        }
    }
}
