package dev.stratus.dynamodb.expression;

/** One lexical token of an expression, with its place in the source text. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        IDENTIFIER, NAME_PLACEHOLDER, VALUE_PLACEHOLDER, NUMBER,
        LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, COMMA, DOT,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
        UNKNOWN, EOF
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    /** Whether this is the given keyword; keywords are case-insensitive identifiers. */
    boolean isKeyword(String keyword) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    boolean isComparator() {
        return kind == Kind.EQ || kind == Kind.NE || kind == Kind.LT || kind == Kind.LE
                || kind == Kind.GT || kind == Kind.GE;
    }

    /** The token as DynamoDB names it in a syntax error. */
    String describe() {
        return kind == Kind.EOF ? "<EOF>" : text;
    }
}
