package dev.stratus.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens as DynamoDB's lexer does; anything it does not know is a one-character token. */
final class Lexer {

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        while (true) {
            skipWhitespace();
            if (position >= source.length()) {
                tokens.add(new Token(Token.Kind.EOF, "", source.length(), source.length()));
                return;
            }
            readToken();
        }
    }

    private void skipWhitespace() {
        while (position < source.length() && isWhitespace(source.charAt(position))) {
            position++;
        }
    }

    private void readToken() {
        int start = position;
        char c = source.charAt(position);
        if (isLetter(c)) {
            position++;
            consumeWordCharacters();
            add(Token.Kind.IDENTIFIER, start);
        } else if (isDigit(c)) {
            while (position < source.length() && isDigit(source.charAt(position))) {
                position++;
            }
            add(Token.Kind.NUMBER, start);
        } else if (c == '#' || c == ':') {
            position++;
            consumeWordCharacters();
            if (position == start + 1) {
                add(Token.Kind.UNKNOWN, start);
            } else {
                add(c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER, start);
            }
        } else if (c == '<') {
            position++;
            if (next('=')) {
                add(Token.Kind.LE, start);
            } else if (next('>')) {
                add(Token.Kind.NE, start);
            } else {
                add(Token.Kind.LT, start);
            }
        } else if (c == '>') {
            position++;
            add(next('=') ? Token.Kind.GE : Token.Kind.GT, start);
        } else {
            position += Character.charCount(source.codePointAt(position));
            add(punctuation(c), start);
        }
    }

    private static Token.Kind punctuation(char c) {
        return switch (c) {
            case '(' -> Token.Kind.LEFT_PAREN;
            case ')' -> Token.Kind.RIGHT_PAREN;
            case '[' -> Token.Kind.LEFT_BRACKET;
            case ']' -> Token.Kind.RIGHT_BRACKET;
            case ',' -> Token.Kind.COMMA;
            case '.' -> Token.Kind.DOT;
            case '=' -> Token.Kind.EQ;
            case '+' -> Token.Kind.PLUS;
            case '-' -> Token.Kind.MINUS;
            default -> Token.Kind.UNKNOWN;
        };
    }

    private boolean next(char expected) {
        if (position < source.length() && source.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void consumeWordCharacters() {
        while (position < source.length() && isWordCharacter(source.charAt(position))) {
            position++;
        }
    }

    private void add(Token.Kind kind, int start) {
        tokens.add(new Token(kind, source.substring(start, position), start, position));
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A letter, digit or underscore: what names and placeholders are made of after their first character. */
    static boolean isWordCharacter(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }
}
