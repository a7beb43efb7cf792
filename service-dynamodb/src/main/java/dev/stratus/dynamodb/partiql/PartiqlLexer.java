package dev.stratus.dynamodb.partiql;

import java.util.ArrayList;
import java.util.List;

/** Splits a PartiQL statement into {@link Token}s. */
final class PartiqlLexer {

    private static final List<String> TWO_CHARACTER_SYMBOLS = List.of("<>", "!=", "<=", ">=", "<<", ">>");
    private static final String ONE_CHARACTER_SYMBOLS = "()[]{},.:;*?+-=<>";

    private final String text;
    private int position;

    private PartiqlLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new PartiqlLexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (position >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", position));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (position < text.length()) {
            if (Character.isWhitespace(text.charAt(position))) {
                position++;
            } else if (text.startsWith("--", position)) {
                int end = text.indexOf('\n', position);
                position = end < 0 ? text.length() : end + 1;
            } else {
                return;
            }
        }
    }

    private Token next() {
        int start = position;
        char c = text.charAt(position);
        if (c == '\'') {
            return new Token(Token.Kind.STRING, quoted('\''), start);
        }
        if (c == '"') {
            return new Token(Token.Kind.QUOTED_IDENTIFIER, quoted('"'), start);
        }
        if (Character.isDigit(c) || (c == '.' && position + 1 < text.length()
                && Character.isDigit(text.charAt(position + 1)))) {
            return new Token(Token.Kind.NUMBER, number(), start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (position < text.length() && isWordPart(text.charAt(position))) {
                position++;
            }
            return new Token(Token.Kind.WORD, text.substring(start, position), start);
        }
        for (String symbol : TWO_CHARACTER_SYMBOLS) {
            if (text.startsWith(symbol, position)) {
                position += 2;
                return new Token(Token.Kind.SYMBOL, symbol.equals("!=") ? "<>" : symbol, start);
            }
        }
        if (ONE_CHARACTER_SYMBOLS.indexOf(c) >= 0) {
            position++;
            return new Token(Token.Kind.SYMBOL, String.valueOf(c), start);
        }
        throw PartiqlErrors.malformed("Unexpected character: " + c + " at position " + start);
    }

    /** A quoted string or identifier; a doubled quote stands for one quote character. */
    private String quoted(char quote) {
        int start = position;
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != quote) {
                value.append(c);
            } else if (position < text.length() && text.charAt(position) == quote) {
                value.append(quote);
                position++;
            } else {
                return value.toString();
            }
        }
        throw PartiqlErrors.malformed("Unterminated " + (quote == '"' ? "quoted identifier" : "string literal")
                + " at position " + start);
    }

    private String number() {
        int start = position;
        digits();
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            digits();
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            int exponent = position++;
            if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                position++;
            }
            if (position >= text.length() || !Character.isDigit(text.charAt(position))) {
                throw PartiqlErrors.malformed("Invalid number at position " + exponent);
            }
            digits();
        }
        return text.substring(start, position);
    }

    private void digits() {
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
