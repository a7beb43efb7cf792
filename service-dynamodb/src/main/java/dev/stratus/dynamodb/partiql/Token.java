package dev.stratus.dynamodb.partiql;

/** One lexical token of a PartiQL statement, with its position (0-based character offset) for error messages. */
record Token(Kind kind, String text, int position) {

    enum Kind {
        /** A bare word: an identifier or a keyword, told apart by the parser. */
        WORD,
        /** A {@code "double quoted"} identifier, quotes removed. */
        QUOTED_IDENTIFIER,
        /** A {@code 'single quoted'} string literal, quotes removed. */
        STRING,
        NUMBER,
        /** Punctuation and operators: {@code ( ) [ ] { } , . : ; * ? + - = <> < <= > >= << >>}. */
        SYMBOL,
        END
    }

    boolean is(String symbolOrKeyword) {
        return (kind == Kind.SYMBOL && text.equals(symbolOrKeyword))
                || (kind == Kind.WORD && text.equalsIgnoreCase(symbolOrKeyword));
    }

    /** How an error message names this token. */
    String describe() {
        return kind == Kind.END ? "end of statement" : text;
    }
}
